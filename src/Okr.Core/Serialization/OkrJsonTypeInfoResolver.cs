using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Okr.Core.Scoring;

namespace Okr.Core.Serialization;

/// <summary>
/// Supplies reflection-free metadata for <see cref="OkrPlan"/> and <see cref="Scorecard"/> (their converters wrapped by
/// <see cref="JsonMetadataServices"/>), so <see cref="JsonSerializer"/> handles them under trimming and native AOT,
/// alone or chained before a user's source-generated context.
/// </summary>
internal sealed class OkrJsonTypeInfoResolver : IJsonTypeInfoResolver
{
    private readonly OkrJsonOptions options;

    public OkrJsonTypeInfoResolver(OkrJsonOptions options) => this.options = options;

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        if (type == typeof(OkrPlan))
        {
            return JsonMetadataServices.CreateValueInfo<OkrPlan>(options, new OkrPlanJsonConverter(this.options));
        }

        if (type == typeof(Scorecard))
        {
            return JsonMetadataServices.CreateValueInfo<Scorecard>(options, new ScorecardJsonConverter(this.options));
        }

        return null;
    }
}
