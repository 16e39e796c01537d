using System.Text.RegularExpressions;
using Okr.Core;
using Okr.Core.Serialization;
using Okr.Samples.Cli.Hosting;
using Okr.Samples.Cli.Plans;

namespace Okr.Samples.Cli.Tests.Rendering;

/// <summary>Output that reads right: widths that never break a token, numbers as people write them, words instead of
/// enum names, the as-of rule for finished plans, and Markdown that keeps the hierarchy.</summary>
public sealed partial class OutputTests
{
    private static readonly string Data = Path.Combine(PlanFiles.RepositoryRoot(), "samples", "data");
    private static readonly string RollupOptions = Path.Combine(Data, "rollup-options.json");
    private static readonly string AllKinds = Path.Combine(Data, "all-kinds.json");

    private static IEnumerable<string> Ids(string file) =>
        PlanOutline.Build(OkrJson.Deserialize(File.ReadAllText(file))).Select(r => r.Id);

    [Theory]
    [InlineData(80)]
    [InlineData(60)]
    [InlineData(44)]
    public void Score_AtAnyWidth_FitsAndNeverSplitsAnIdOrANumber(int width)
    {
        var run = new CliHarness(width: width).Run("score", RollupOptions, "--as-of", "2026-05-20");

        Assert.Equal(0, run.ExitCode);
        Assert.All(run.Output.Split('\n'), line => Assert.True(line.TrimEnd().Length <= width, $"{line.Length} > {width}: {line}"));
        var words = Words(run.Output);
        Assert.All(Ids(RollupOptions), id => Assert.Contains(id, words));
        Assert.Contains("53,972.22", words);
    }

    [Fact]
    public void Validate_At80Columns_KeepsCodesAndPathsWhole()
    {
        using var files = new PlanFiles();
        var objective = ExamplePlan.Build().Objectives[0];
        var many = objective with
        {
            KeyResults = [.. Enumerable.Range(1, 7).Select(i => objective.KeyResults[0] with { Id = $"kr-many-{i}", CheckIns = [] })],
        };
        string plan = files.Write("many.json", PlanJson.Write(new OkrPlan([many])));

        var run = new CliHarness(width: 80).Run("validate", plan);

        var words = Words(run.Output);
        Assert.Contains("okr.objective.too-many-key-results", words);
        Assert.Contains("Objectives[0].KeyResults", words);
        Assert.All(run.Output.Split('\n'), line => Assert.True(line.TrimEnd().Length <= 80, line));
    }

    [Fact]
    public void Score_TooNarrowForATable_SwitchesToAList()
    {
        var run = new CliHarness(width: 24).Run("score", "@example");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("╭", run.Output, StringComparison.Ordinal);
        Assert.Contains("status: on track", run.Output, StringComparison.Ordinal);
        Assert.Contains("kr-coding-time", Words(run.Output));
    }

    [Theory]
    [InlineData("120", 120)]
    [InlineData("20", 20)]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("wide", null)]
    [InlineData("-80", null)]
    [InlineData("5", null)]
    public void Columns_IsHonouredWhenItIsAUsableWidth(string? columns, int? expected) =>
        Assert.Equal(expected, CliServices.Width(columns));

    [Fact]
    public void Numbers_InText_AreRoundedWithUnits_JsonKeepsExactDecimals()
    {
        var explainObjective = new CliHarness().Run("explain", RollupOptions, "obj-company", "--as-of", "2026-05-20");
        var explainRevenue = new CliHarness().Run("explain", "@example", "kr-arr");
        var json = new CliHarness().Run("score", RollupOptions, "--as-of", "2026-05-20", "--format", "json");

        Assert.Contains("53,972.22", explainObjective.Output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d\.\d{3,}", explainObjective.Output);
        Assert.Contains("2.56M of 3.00M USD", explainRevenue.Output, StringComparison.Ordinal);
        Assert.Contains("(2.56M - 2.00M) / (3.00M - 2.00M)", explainRevenue.Output, StringComparison.Ordinal);
        Assert.Matches(@"53972\.2222222222", json.Output);
    }

    [Fact]
    public void Prose_SaysWordsNotEnumNames_JsonKeepsNames()
    {
        var worst = new CliHarness().Run("explain", RollupOptions, "obj-company", "--as-of", "2026-05-20");
        var activity = new CliHarness().Run("explain", AllKinds, "kr-activity-share", "--as-of", "2026-05-20");

        Assert.Contains("worst child: obj-team-weakest is at risk", worst.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("AtRisk", worst.Output, StringComparison.Ordinal);
        Assert.Contains("activity (done share)", activity.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("DoneShare", activity.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_ActivityKeyResult_ShowsEachInitiativesRealPart()
    {
        var run = new CliHarness().Run("explain", AllKinds, "kr-activity-share", "--as-of", "2026-05-20");

        // One done task of three: the initiative holds all the counting tasks and adds the key result's whole 33.3%.
        Assert.Matches(@"init-migration\s+initiative\s+50%\s+-\s+100%\s+33\.3%\s+1 of 3 tasks done", run.Output);
    }

    [Fact]
    public void Scorecard_ShowsWhichStatusRuleDecidesEachObjective()
    {
        var table = new CliHarness(width: 80).Run("score", RollupOptions, "--as-of", "2026-05-20");
        var markdown = new CliHarness().Run("score", RollupOptions, "--as-of", "2026-05-20", "--format", "markdown");

        // Under the objective's status, in the status column, wrapped between words at 80 columns.
        Assert.Matches(@"│ at risk\s+│[^\n]*\n[^\n]*│ by worst child\s+│[^\n]*\n[^\n]*│ obj-team-weakest\s+│", table.Output);
        Assert.Matches(@"│ by closed\s+│", table.Output);
        Assert.Contains("| worst child obj-team-weakest |", markdown.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void FinishedPlan_WithoutAsOf_IsScoredAsOfItsEndWithANote()
    {
        var later = new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

        var score = new CliHarness(now: later).Run("score", RollupOptions);
        var gantt = new CliHarness(now: later).Run("gantt", AllKinds, "--format", "mermaid");
        var chosen = new CliHarness(now: later).Run("score", RollupOptions, "--as-of", "2026-11-29");

        Assert.Equal(0, score.ExitCode);
        Assert.Contains("Scorecard as of 2026-06-30", score.Output, StringComparison.Ordinal);
        Assert.Equal("note: today (2026-11-29) is past the plan's periods, which ended on 2026-06-30; scored as of 2026-06-30. Pass --as-of to score as of another day.", score.Error.Trim());
        Assert.Contains("as of 2026-06-30", gantt.Output, StringComparison.Ordinal);
        Assert.Empty(chosen.Error);
        Assert.Contains("Scorecard as of 2026-11-29", chosen.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_KeepsTheHierarchyWithVisibleMarkers()
    {
        var run = new CliHarness().Run("score", "@example", "--format", "markdown");

        Assert.Contains("| Become the leading maker of AI developer tools |", run.Output, StringComparison.Ordinal);
        Assert.Contains("| ↳ Grow annual recurring revenue from 2.0M to 3.0M USD |", run.Output, StringComparison.Ordinal);
        Assert.Contains("| · ↳ Show 5 ways that AI coding can cut coding time 50% |", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u00a0", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"schemaVersion\":1}", "has no \"objectives\" property")]
    [InlineData("{\"schemaVersion\":1,\"asOf\":\"2026-05-20\",\"items\":[]}", "it is a scorecard")]
    public void Validate_JsonThatIsNotAPlan_IsAnError(string json, string problem)
    {
        using var files = new PlanFiles();
        string path = files.Write("not-a-plan.json", json);

        var run = new CliHarness().Run("validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not a plan file", run.Error, StringComparison.Ordinal);
        Assert.Contains(problem, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("valid", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyPlanWrittenAsSuch_IsStillAPlan()
    {
        using var files = new PlanFiles();
        string path = files.Write("empty.json", "{\"schemaVersion\":1,\"objectives\":[]}");

        var run = new CliHarness().Run("validate", path);

        Assert.DoesNotContain("not a plan file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_WithoutFrom_SaysFromIsRequired()
    {
        using var files = new PlanFiles();
        string plan = files.Example();

        var run = new CliHarness().Run("import", plan, "export.csv", "--key-result", "kr-coding-time");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--from is required", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void BadValue_MessageNamesTheProperty()
    {
        using var files = new PlanFiles();
        string json = PlanJson.Write(ExamplePlan.Build());
        string bad = ConfidenceOf().Replace(json, "\"confidence\": 1.5", 1);
        string path = files.Write("bad.json", bad);

        var run = new CliHarness().Run("score", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("checkIns[0].confidence must be between 0 and 1", run.Error, StringComparison.Ordinal);
        Assert.Contains("it is 1.5", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongKind_MessageUsesTheRightArticle()
    {
        var run = new CliHarness().Run("what-if", "@example", "obj-ai-python", "4");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'obj-ai-python' is an objective, not a key result.", run.Error, StringComparison.Ordinal);
    }

    /// <summary>The whitespace-separated words of the output, without table borders.</summary>
    private static HashSet<string> Words(string output) =>
        [.. output.Split([' ', '\n', '\r', '│', '·'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', ':', ';', '(', ')', '.'))];

    [GeneratedRegex("\"confidence\": [0-9.]+")]
    private static partial Regex ConfidenceOf();
}
