using System.Text.Json.Nodes;
using Json.Schema;
using Okr.Core.Scoring;
using Okr.Core.Serialization;
using Okr.Core.Testing;
using Okr.Core.Tests.Serialization;

namespace Okr.Core.Tests.Series;

public sealed class SeriesSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "schema", "okr-series.schema.json")));

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    [Fact]
    public void Schema_WrittenSeries_Conforms()
    {
        var plan = CompanyPlanGenerator.Generate(3_000, 5);
        var series = OkrScorer.ScoreSeries(plan, SeriesDays.Weekly(Period.Quarter(2026, 2)));
        var result = Schema.Evaluate(JsonNode.Parse(OkrJson.SerializeSeries(series)), Options);
        Assert.True(result.IsValid, string.Join("; ", result.Details.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value)).Take(5)));
    }

    [Theory]
    [InlineData("""{"schemaVersion":1,"days":[],"items":[]}""")]
    [InlineData("""{"schemaVersion":1,"days":["2026-04-01"],"items":[{"id":"a","kind":"task","progress":[null],"status":["notScored"],"score":[null],"grade":["none"]}]}""")]
    [InlineData("""{"schemaVersion":1,"days":["2026-04-01"],"items":[{"id":"a","kind":"workItem","progress":[1],"status":["onTrack"],"score":[2],"grade":["green"]}]}""")]
    public void Schema_InvalidSeries_DoNotConform(string json) =>
        Assert.False(Schema.Evaluate(JsonNode.Parse(json), Options).IsValid);
}
