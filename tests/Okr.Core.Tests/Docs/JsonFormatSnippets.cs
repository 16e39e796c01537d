using System.Text.Json;
using Okr.Core.Scoring;
using Okr.Core.Serialization;

namespace Okr.Core.Tests.Docs;

// The code shown in docs/json-format.md, compiled and run here. DocumentationSnippetTests checks the doc shows it verbatim.
public sealed class JsonFormatSnippets
{
    [Fact]
    public void JsonApi_Snippet_RoundTrips()
    {
        var plan = Serialization.SamplePlans.Complete();

        // begin-snippet: json-api
        // Plans: strings, UTF-8 bytes and streams, sync and async.
        string json = OkrJson.Serialize(plan);
        OkrPlan copy = OkrJson.Deserialize(json);

        // Scorecards are written (for dashboards), not read back.
        string card = OkrJson.Serialize(OkrScorer.Score(copy, new DateOnly(2026, 5, 15)));

        // Your own JsonSerializerOptions (ASP.NET Core, message buses).
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web).AddOkr();
        // end-snippet

        Assert.Equal(plan, copy);
        Assert.StartsWith("{\"schemaVersion\":1,\"asOf\":\"2026-05-15\"", card, StringComparison.Ordinal);
        Assert.Equal(json, JsonSerializer.Serialize(copy, options));
    }
}
