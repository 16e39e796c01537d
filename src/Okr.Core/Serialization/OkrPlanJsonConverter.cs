using System.Text.Json;
using System.Text.Json.Serialization;

namespace Okr.Core.Serialization;

/// <summary>Plugs the plan reader and writer into <see cref="JsonSerializer"/>. Indentation follows the caller's writer.</summary>
internal sealed class OkrPlanJsonConverter : JsonConverter<OkrPlan>
{
    private readonly OkrJsonOptions options;

    public OkrPlanJsonConverter(OkrJsonOptions options) => this.options = options;

    public override OkrPlan? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : new PlanJsonReader(this.options).Read(ref reader);

    public override void Write(Utf8JsonWriter writer, OkrPlan value, JsonSerializerOptions options) =>
        PlanJsonWriter.Write(writer, value);
}
