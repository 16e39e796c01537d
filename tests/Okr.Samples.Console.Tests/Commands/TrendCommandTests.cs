using System.Globalization;
using System.Text.Json;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Plans;

namespace Okr.Samples.Cli.Tests.Commands;

/// <summary><c>okr trend PLAN ID</c>: the chart, JSON and CSV, and every bad command line (issue 17).</summary>
public sealed class TrendCommandTests : IDisposable
{
    private readonly PlanFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Chart_KeyResult_DrawsProgressExpectedAndForecastWithAxesAndLegend()
    {
        var run = new CliHarness(width: 100).Run("trend", "@example", "kr-arr");

        Assert.True(run.ExitCode == 0, run.Error);
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Equal("Grow annual recurring revenue from 2.0M to 3.0M USD kr-arr", lines[0]);
        Assert.Equal("progress every week from 2026-04-01 to 2026-05-20 · period 2026-04-01 to 2026-06-30", lines[1]);
        var chart = lines.Skip(2).Take(15).ToList();
        Assert.All(chart, l => Assert.Matches(@"^ {0,4}[\d,]*%? *[┤│]", l));
        Assert.Equal("  200% ┤", chart[0][..8]);
        Assert.Equal("    0% ┤", chart[^1][..8]);
        Assert.True(chart.Sum(l => l.Count(c => c is >= '\u2801' and <= '\u28FF')) > 150, "the lines are drawn in braille dots");
        Assert.StartsWith("       └", lines[17], StringComparison.Ordinal);
        Assert.Contains('┴', lines[17]);
        Assert.Matches(@"^ +2026-04-01 +as of 2026-05-20 +2026-06-30$", lines[18]);
        Assert.Contains("━━ progress   ┈┈ expected   ╍╍ forecast   ·· forecast band", lines[19], StringComparison.Ordinal);
        Assert.Contains("Now: 56% (expected 54.9%), on track, as of 2026-05-20.", run.Output, StringComparison.Ordinal);
        Assert.Contains("Forecast: 114.3% by 2026-06-30 (band 48.8% to 179.9%); reaches the target on 2026-06-20.", run.Output, StringComparison.Ordinal);
        Assert.Contains("least squares through 3 check-ins", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_FirstColumnHoldsThePeriodStartAndLastColumnTheForecastEnd()
    {
        var run = new CliHarness(width: 100).Run("trend", "@example", "kr-arr");

        var chart = run.Output.Split('\n').Skip(2).Take(15).Select(l => l.TrimEnd()).ToList();
        int plotStart = "  200% ┤".Length;

        // Progress starts at 0% on 2026-04-01: the bottom row's first cell has a dot; the forecast band's high end
        // (179.9%) is in the rows between 150% and 200% at the last column.
        Assert.NotEqual(' ', chart[^1][plotStart]);
        Assert.Contains(chart.Take(4), l => l.Length == 100 && l[^1] != ' ');
    }

    [Fact]
    public void Chart_Initiative_DrawsProgressAndSaysItIsNotForecast()
    {
        var run = new CliHarness().Run("trend", "@example", "init-benchmark");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("No forecast: initiatives are not forecast, only objectives and key results.", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("╍╍ forecast", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_NotForecastKeyResult_SaysWhy()
    {
        var run = new CliHarness().Run("trend", "@example", "kr-bench-ci");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("No forecast: a binary key result is done or not: it has no trend to project.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_EveryWeek_EachPointIsTheScorecardOfItsDay()
    {
        var plan = ExamplePlan.Build();

        var run = new CliHarness().Run("trend", "@example", "kr-arr", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var document = JsonDocument.Parse(run.Output);
        var root = document.RootElement;
        Assert.Equal("keyResult", root.GetProperty("kind").GetString());
        Assert.Equal("week", root.GetProperty("every").GetString());
        Assert.Equal("2026-05-20", root.GetProperty("to").GetString());
        var points = root.GetProperty("points").EnumerateArray().ToList();
        var days = points.Select(p => DateOnly.Parse(p.GetProperty("day").GetString()!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(new DateOnly(2026, 4, 1), days[0]);
        Assert.Equal(new DateOnly(2026, 6, 30), days[^1]);
        Assert.Contains(new DateOnly(2026, 5, 20), days);
        Assert.All(days.Zip(days.Skip(1)), pair => Assert.InRange(pair.Second.DayNumber - pair.First.DayNumber, 1, 7));
        foreach (var (point, day) in points.Zip(days))
        {
            var scored = OkrScorer.Score(plan, day)["kr-arr"];
            Assert.Equal(scored.ExpectedProgress?.Ratio, Decimal(point, "expectedProgress"));
            Assert.Equal(day <= ExamplePlan.AsOf ? scored.Progress?.Ratio : null, Decimal(point, "progress"));
            Assert.Equal(day <= ExamplePlan.AsOf ? scored.Value : null, Decimal(point, "value"));
        }

        var forecast = root.GetProperty("forecast");
        Assert.Equal("2026-06-20", forecast.GetProperty("reachesTargetOn").GetString());
        Assert.Equal("withinPeriod", forecast.GetProperty("reach").GetString());
        Assert.Equal(OkrForecaster.Forecast(OkrScorer.Score(plan, ExamplePlan.AsOf))["kr-arr"].Progress!.Value.Ratio, forecast.GetProperty("progress").GetDecimal());
    }

    [Fact]
    public void Csv_EveryDay_OneActualRowPerDayThenExpectedThenTheForecast()
    {
        var run = new CliHarness().Run("trend", "@example", "obj-ai-python", "--every", "day", "--from", "2026-05-01", "--format", "csv");

        Assert.True(run.ExitCode == 0, run.Error);
        var rows = run.Output.TrimEnd('\n').Split('\n');
        Assert.Equal("day,series,progress,expected_progress,value,status,low,high", rows[0]);
        Assert.Equal(20, rows.Count(r => r.Contains(",actual,", StringComparison.Ordinal)));
        Assert.Equal(41, rows.Count(r => r.Contains(",expected,", StringComparison.Ordinal)));
        Assert.StartsWith("2026-05-01,actual,", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("2026-05-21,expected,,", rows[21], StringComparison.Ordinal);
        Assert.StartsWith("2026-06-30,forecast,", rows[^1], StringComparison.Ordinal);
        Assert.All(rows.Skip(1), r => Assert.Equal(8, r.Split(',').Length));
        var may20 = rows.Single(r => r.StartsWith("2026-05-20,", StringComparison.Ordinal)).Split(',');
        var scored = OkrScorer.Score(ExamplePlan.Build(), ExamplePlan.AsOf)["obj-ai-python"];
        Assert.Equal(scored.Progress!.Value.Ratio, decimal.Parse(may20[2], CultureInfo.InvariantCulture));
        Assert.Equal("behind", may20[5]);
    }

    [Fact]
    public void To_WithoutAsOf_IsTheAsOfDay()
    {
        var run = new CliHarness().Run("trend", "@example", "kr-costs", "--to", "2026-05-01", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal("2026-05-01", document.RootElement.GetProperty("asOf").GetString());
    }

    [Theory]
    [InlineData("--from", "2026-05-10", "--to", "2026-05-01")]
    [InlineData("--to", "2026-05-30", "--as-of", "2026-05-20")]
    [InlineData("--every", "month")]
    [InlineData("--format", "table")]
    [InlineData("--from", "2026-13-01")]
    [InlineData("--to", "yesterday")]
    public void BadOptions_AreUsageErrorsAndWriteNothing(params string[] options)
    {
        var run = new CliHarness().Run(["trend", "@example", "kr-arr", .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.StartsWith("usage error: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(options[0], run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownId_IsInvalidInputAndWritesNothing()
    {
        var run = new CliHarness().Run("trend", "@example", "nope");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal("error: @example: no item has the id 'nope'.", run.Error.Trim());
    }

    [Fact]
    public void MissingId_IsUsageError()
    {
        var run = new CliHarness().Run("trend", "@example");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("usage error:", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error: @example: kr-arr: --from 2026-06-01 is after the last day to draw, 2026-05-20 (the as-of day).", "--from", "2026-06-01")]
    [InlineData("error: @example: kr-arr: the period starts on 2026-04-01, after the last day to draw, 2026-03-01 (pass --from, or a later --as-of or --to).", "--as-of", "2026-03-01")]
    [InlineData("error: @example: kr-arr: 0001-01-01 to 2026-06-30 every 1 day(s) is more than 3660 days to score; use --every week or a shorter range.", "--from", "0001-01-01", "--every", "day")]
    public void RangesThePlanRules_OutAreInvalidInputNamingTheItemAndWriteNothing(string expected, params string[] options)
    {
        var run = new CliHarness().Run(["trend", "@example", "kr-arr", .. options]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(expected, run.Error.Trim());
    }

    [Fact]
    public void PlanWithoutObjectives_SaysTheIdIsUnknown()
    {
        string path = files.Write("empty.json", """{"schemaVersion":1,"objectives":[]}""");

        var run = new CliHarness().Run("trend", path, "kr-arr");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal($"error: {path}: no item has the id 'kr-arr'.", run.Error.Trim());
    }

    [Fact]
    public void ThinPlan_NeverNaNInAnyFormat()
    {
        string path = files.Write("thin.json", ScoreForecastTests.ThinPlan);

        foreach (string id in new[] { "o-thin", "k-none", "k-one", "k-sameday", "k-stale", "k-line", "k-done" })
        {
            foreach (string format in new[] { "chart", "json", "csv" })
            {
                var run = new CliHarness().Run("trend", path, id, "--as-of", "2026-05-12", "--format", format);

                Assert.True(run.ExitCode == 0, $"{id} {format}: {run.Error}");
                Assert.DoesNotContain("NaN", run.Output, StringComparison.Ordinal);
                Assert.DoesNotContain("Infinity", run.Output, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Help_ListsTrendWithAnExampleOnTheSampleData()
    {
        var run = new CliHarness().Run("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("trend <FILE> <ID>", run.Output, StringComparison.Ordinal);
        Assert.Contains("okr score @example --forecast", new CliHarness().Run("score", "--help").Output, StringComparison.Ordinal);

        var help = new CliHarness().Run("trend", "--help");
        Assert.Contains("okr trend @example kr-arr", help.Output, StringComparison.Ordinal);
        foreach (string option in new[] { "--as-of", "--every", "--from", "--to", "--format" })
        {
            Assert.Contains(option, help.Output, StringComparison.Ordinal);
        }
    }

    private static decimal? Decimal(JsonElement element, string name) =>
        element.GetProperty(name).ValueKind == JsonValueKind.Null ? null : element.GetProperty(name).GetDecimal();
}
