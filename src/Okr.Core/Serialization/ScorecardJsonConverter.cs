using System.Text.Json;
using System.Text.Json.Serialization;
using Okr.Core.Scoring;

namespace Okr.Core.Serialization;

/// <summary>Plugs the scorecard writer into <see cref="JsonSerializer"/>. Scorecards are results: they are written, not read.</summary>
internal sealed class ScorecardJsonConverter : JsonConverter<Scorecard>
{
    private readonly OkrJsonOptions options;

    public ScorecardJsonConverter(OkrJsonOptions options) => this.options = options;

    public override Scorecard? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new OkrJsonException(OkrJsonProblem.WrongType, "$", "a scorecard is a scoring result and cannot be read back; read the plan and score it instead.");

    public override void Write(Utf8JsonWriter writer, Scorecard value, JsonSerializerOptions options) =>
        ScorecardJsonWriter.Write(writer, value, this.options);
}
