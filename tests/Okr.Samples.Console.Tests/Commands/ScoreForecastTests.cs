using System.Text.Json;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Plans;

namespace Okr.Samples.Cli.Tests.Commands;

/// <summary><c>okr score PLAN --forecast</c>: the forecast columns in the table, Markdown and JSON (issue 17).</summary>
public sealed class ScoreForecastTests : IDisposable
{
    /// <summary>One key result per thin input (none, one check-in, two on one day), one stale, one with a clean line, one binary.</summary>
    internal const string ThinPlan = """
        {"schemaVersion":1,"objectives":[{"id":"o-thin","title":"Thin inputs","period":{"start":"2026-04-01","end":"2026-06-30"},"keyResults":[
          {"id":"k-none","title":"No check-in","kind":{"type":"linear","direction":"increase","start":0,"target":100}},
          {"id":"k-one","title":"One check-in","kind":{"type":"linear","direction":"increase","start":0,"target":100},
           "checkIns":[{"at":"2026-05-01T09:00:00+00:00","value":20}]},
          {"id":"k-sameday","title":"Two on one day","kind":{"type":"linear","direction":"increase","start":0,"target":100},
           "checkIns":[{"at":"2026-05-02T09:00:00+00:00","value":20},{"at":"2026-05-02T15:00:00+00:00","value":25}]},
          {"id":"k-stale","title":"Old check-ins","kind":{"type":"linear","direction":"increase","start":0,"target":100},
           "checkIns":[{"at":"2026-04-05T09:00:00+00:00","value":5},{"at":"2026-04-12T09:00:00+00:00","value":12}]},
          {"id":"k-line","title":"On a line","kind":{"type":"linear","direction":"increase","start":0,"target":91},
           "checkIns":[{"at":"2026-04-11T09:00:00+00:00","value":10},{"at":"2026-04-21T09:00:00+00:00","value":20},{"at":"2026-05-01T09:00:00+00:00","value":30}]},
          {"id":"k-done","title":"Done or not","kind":{"type":"binary"},
           "checkIns":[{"at":"2026-05-10T09:00:00+00:00","value":0}]}]}]}
        """;

    private static readonly IReadOnlyList<OutlineRow> Outline = PlanOutline.Build(ExamplePlan.Build());

    private readonly PlanFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Table_Example_AddsTheForecastColumnsForEveryObjectiveAndKeyResult()
    {
        var run = new CliHarness().Run("score", "@example", "--forecast");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Scorecard and forecast as of 2026-05-20", run.Output, StringComparison.Ordinal);
        foreach (string header in new[] { "at period end", "band", "reaches target", "last check-in" })
        {
            Assert.Contains(header, run.Output, StringComparison.Ordinal);
        }

        Assert.All(Outline.Where(r => r.Kind is OkrItemKind.Objective or OkrItemKind.KeyResult), row => Assert.Contains(row.Id, run.Output, StringComparison.Ordinal));
        Assert.DoesNotContain("task-coding", run.Output, StringComparison.Ordinal);

        // kr-arr: least squares through its 3 check-ins reaches 3.0M on 2026-06-20, projected 3.14M of 3.00M USD.
        string arr = RowOf(run.Output, "Grow annual recurring revenue");
        Assert.Contains("114.3% (3.14M of", arr, StringComparison.Ordinal);
        Assert.Contains("2026-06-20", arr, StringComparison.Ordinal);
        Assert.Contains("48.8% to 179.9%", arr, StringComparison.Ordinal);
        Assert.Contains("5 days ago", arr, StringComparison.Ordinal);
        Assert.Contains("after the period (2026-11-14)", RowOf(run.Output, "reduce bugs by 75%"), StringComparison.Ordinal);
        Assert.Contains("reached on 2026-04-15", RowOf(run.Output, "Keep customer NPS above 40"), StringComparison.Ordinal);
        Assert.Contains("not forecast: kr-bench-ci: a binary key result is done or not", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_Example_HasOneRowPerObjectiveAndKeyResultWithTheExplanation()
    {
        var run = new CliHarness().Run("score", "@example", "--forecast", "--format", "markdown");

        Assert.True(run.ExitCode == 0, run.Error);
        var lines = run.Output.Split('\n');
        Assert.Equal("# Scorecard and forecast as of 2026-05-20", lines[0]);
        Assert.Contains("| item | id | progress | status | at period end | band | reaches target | days since check-in | stale | forecast |", run.Output, StringComparison.Ordinal);
        var rows = lines.Where(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains("| `", StringComparison.Ordinal)).ToList();
        var expected = Outline.Where(r => r.Kind is OkrItemKind.Objective or OkrItemKind.KeyResult).Select(r => r.Id).ToList();
        Assert.Equal(expected, rows.Select(r => r.Split('`')[1]));
        string arr = rows.Single(r => r.Contains("`kr-arr`", StringComparison.Ordinal));
        Assert.Contains("| 2026-06-20 | 5 |  | least squares through 3 check-ins", arr, StringComparison.Ordinal);
        string ci = rows.Single(r => r.Contains("`kr-bench-ci`", StringComparison.Ordinal));
        Assert.Contains("| not forecast | - | - | 10 |  | not forecast: a binary key result", ci, StringComparison.Ordinal);
        Assert.All(rows, r => Assert.Equal(10, r.Split(" | ").Length));
    }

    [Fact]
    public void Json_Example_CarriesForecastAndStalenessPerObjectiveAndKeyResult()
    {
        var run = new CliHarness().Run("score", "@example", "--forecast", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var document = JsonDocument.Parse(run.Output);
        var root = document.RootElement;
        Assert.Equal(14, root.GetProperty("staleAfterDays").GetInt32());
        var items = root.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!, i => i);
        var arr = items["kr-arr"];
        Assert.Equal("2026-06-20", arr.GetProperty("forecast").GetProperty("reachesTargetOn").GetString());
        Assert.Equal(5, arr.GetProperty("daysSinceCheckIn").GetInt32());
        Assert.False(arr.GetProperty("stale").GetBoolean());
        var ci = items["kr-bench-ci"].GetProperty("forecast");
        Assert.Equal(JsonValueKind.Null, ci.GetProperty("progress").ValueKind);
        Assert.StartsWith("not forecast: a binary key result", ci.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.True(items["obj-company"].GetProperty("forecast").GetProperty("progress").GetDecimal() > 0.9m);
        Assert.Equal("roll-up", items["obj-company"].GetProperty("forecast").GetProperty("rule").GetString());
        Assert.False(items["task-coding"].TryGetProperty("forecast", out _));
    }

    [Fact]
    public void Json_WithoutForecast_HasNoForecastMembers()
    {
        var run = new CliHarness().Run("score", "@example", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("\"forecast\"", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"stale\"", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("markdown")]
    public void ThinInputs_SayWhyThereIsNoForecastAndNeverNaN(string format)
    {
        string path = files.Write("thin.json", ThinPlan);

        var run = new CliHarness().Run("score", path, "--forecast", "--format", format, "--as-of", "2026-05-12");

        Assert.True(run.ExitCode == 0, run.Error);
        string text = run.Output;
        Assert.Contains("no check-in in the period yet", text, StringComparison.Ordinal);
        Assert.Contains("check-ins on only one day (2026-05-01): a trend needs check-ins on 2 days or more", text, StringComparison.Ordinal);
        Assert.Contains("check-ins on only one day (2026-05-02)", text, StringComparison.Ordinal);
        Assert.Contains("a binary key result is done or not", text, StringComparison.Ordinal);
        Assert.Contains(format == "table" ? "30 days ago, stale" : "| 30 | stale |", text, StringComparison.Ordinal);
        Assert.Contains(format == "table" ? "2 stale key results" : "| 2 stale key results |", text, StringComparison.Ordinal);

        // 10, 20, 30 every 10 days from 2026-04-01: exactly 1 a day, 90 of 91 on 2026-06-30, reaching 91 the day after.
        Assert.Contains("98.9% (90 of 91)", text, StringComparison.Ordinal);
        Assert.Contains("after the period (2026-07-01)", text, StringComparison.Ordinal);
        foreach (string bad in new[] { "NaN", "Infinity", "∞" })
        {
            Assert.DoesNotContain(bad, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ThinInputs_Json_NullMembersAndReasonsNeverNaN()
    {
        string path = files.Write("thin.json", ThinPlan);

        var run = new CliHarness().Run("score", path, "--forecast", "--format", "json", "--as-of", "2026-05-12");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.DoesNotContain("NaN", run.Output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(run.Output);
        var items = document.RootElement.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!, i => i);
        foreach (string id in new[] { "k-none", "k-one", "k-sameday" })
        {
            var forecast = items[id].GetProperty("forecast");
            Assert.Equal(JsonValueKind.Null, forecast.GetProperty("value").ValueKind);
            Assert.Equal(JsonValueKind.Null, forecast.GetProperty("progress").ValueKind);
            Assert.Equal(JsonValueKind.Null, forecast.GetProperty("reachesTargetOn").ValueKind);
        }

        Assert.Equal(JsonValueKind.Null, items["k-none"].GetProperty("daysSinceCheckIn").ValueKind);
        Assert.True(items["k-stale"].GetProperty("stale").GetBoolean());
        Assert.Equal(90m, items["k-line"].GetProperty("forecast").GetProperty("value").GetDecimal());
        Assert.Equal(2, items["o-thin"].GetProperty("staleKeyResults").GetInt32());
    }

    [Fact]
    public void Forecast_UnknownFormat_IsUsageErrorAndWritesNothing()
    {
        var run = new CliHarness().Run("score", "@example", "--forecast", "--format", "chart");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output.Trim());
        Assert.StartsWith("usage error:", run.Error, StringComparison.Ordinal);
    }

    /// <summary>The table row that starts with the title: its first line, where the cells are.</summary>
    private static string RowOf(string output, string title) =>
        output.Split('\n').First(l => l.Contains(title, StringComparison.Ordinal));
}
