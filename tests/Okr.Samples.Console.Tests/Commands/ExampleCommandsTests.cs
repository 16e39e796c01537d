using Okr.Core.Scoring;
using Okr.Samples.Cli.Plans;

namespace Okr.Samples.Cli.Tests.Commands;

/// <summary>The commands that read a plan, run on the built-in example (<c>@example</c>).</summary>
public sealed class ExampleCommandsTests
{
    private static readonly IReadOnlyList<OutlineRow> Outline = PlanOutline.Build(ExamplePlan.Build());

    [Fact]
    public void Explain_Objective_ListsEveryChildWithShares()
    {
        var run = new CliHarness().Run("explain", "@example", "obj-ai-python");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("weighted-mean of 3 counting children", run.Output, StringComparison.Ordinal);
        foreach (string child in new[] { "kr-coding-time", "kr-costs", "kr-bugs", "init-benchmark" })
        {
            Assert.Contains(child, run.Output, StringComparison.Ordinal);
        }

        Assert.Contains("33.3%", run.Output, StringComparison.Ordinal);
        Assert.Contains("status:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Initiative_ListsItsTasks()
    {
        var run = new CliHarness().Run("explain", "@example", "init-benchmark");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("task-coding", run.Output, StringComparison.Ordinal);
        Assert.Contains("52%", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_UnknownId_OneLineNamingFileAndIdExitOne()
    {
        var run = new CliHarness().Run("explain", "@example", "nope");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: @example: no item has the id 'nope'.", run.Error.Trim());
    }

    [Fact]
    public void Explain_MissingId_IsUsageError()
    {
        var run = new CliHarness().Run("explain", "@example");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("usage error:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_Table_ShowsEveryItem()
    {
        var run = new CliHarness().Run("score", "@example");

        Assert.Equal(0, run.ExitCode);
        Assert.All(Outline, row => Assert.Contains(row.Id, run.Output, StringComparison.Ordinal));
        Assert.Contains("Scorecard as of 2026-05-20", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_Markdown_IsATableWithEveryItem()
    {
        var run = new CliHarness().Run("score", "@example", "--format", "markdown", "--as-of", "2026-06-30");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("# Scorecard as of 2026-06-30", run.Output, StringComparison.Ordinal);
        Assert.Contains("|---|---|---|---:|", run.Output, StringComparison.Ordinal);
        Assert.All(Outline, row => Assert.Contains($"`{row.Id}`", run.Output, StringComparison.Ordinal));
    }

    [Fact]
    public void Score_UnknownFormat_IsUsageError()
    {
        var run = new CliHarness().Run("score", "@example", "--format", "xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIf_KeyResultValue_ShowsEveryAncestorBeforeAndAfter()
    {
        var run = new CliHarness().Run("what-if", "@example", "kr-bugs", "4");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("kr-bugs", run.Output, StringComparison.Ordinal);
        Assert.Contains("obj-ai-python", run.Output, StringComparison.Ordinal);
        Assert.Contains("obj-company", run.Output, StringComparison.Ordinal);
        Assert.Contains("16.7%", run.Output, StringComparison.Ordinal);
        Assert.Contains("66.7%", run.Output, StringComparison.Ordinal);
        Assert.Contains("+50 pt", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIf_ObjectiveId_IsInvalidInput()
    {
        var run = new CliHarness().Run("what-if", "@example", "obj-company", "4");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'obj-company' is an objective, not a key result", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIf_ValueNotANumber_IsUsageError()
    {
        var run = new CliHarness().Run("what-if", "@example", "kr-bugs", "four");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'four' is not a number", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Needed_Objective_ShowsEachKeyResultsNeededValue()
    {
        var run = new CliHarness().Run("needed", "@example", "obj-ai-python", "0.7");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("53.33", run.Output, StringComparison.Ordinal);
        // "Show 5 ways": a count needs a whole number of ways (7.96 is 8).
        Assert.Matches(@"│\s+3 │\s+8 │", run.Output);
        Assert.DoesNotContain("7.96", run.Output, StringComparison.Ordinal);
        Assert.Contains("1.05", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Needed_ScoreAboveOne_IsUsageError()
    {
        var run = new CliHarness().Run("needed", "@example", "obj-ai-python", "1.5");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("SCORE", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Needed_KeyResultId_IsInvalidInput()
    {
        var run = new CliHarness().Run("needed", "@example", "kr-bugs", "0.7");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'kr-bugs' is a key result, not an objective", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Strategies_ListsEveryBuiltInWithOptions()
    {
        var run = new CliHarness().Run("strategies");

        Assert.Equal(0, run.ExitCode);
        Assert.All(StrategyRegistry.BuiltIn.Names, name => Assert.Contains(name, run.Output, StringComparison.Ordinal));
        Assert.Contains("atRiskGap = 25", run.Output, StringComparison.Ordinal);
        Assert.Contains("greenFrom = 0.7", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Gantt_Terminal_ShowsInitiativeAndTasksWithCompletion()
    {
        var run = new CliHarness().Run("gantt", "@example");

        Assert.Equal(0, run.ExitCode);
        foreach (string title in new[] { "Build a benchmarking program", "Research", "Design", "Coding", "Prototype", "Testing" })
        {
            Assert.Contains(title, run.Output, StringComparison.Ordinal);
        }

        Assert.Contains("52%", run.Output, StringComparison.Ordinal);
        Assert.Contains("█", run.Output, StringComparison.Ordinal);
        Assert.Contains("Testing *", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Gantt_TaskWithoutDates_IsListedWithTheReason()
    {
        var plan = ExamplePlan.Build();
        var initiative = plan.FindInitiative("init-benchmark")!;
        var undated = initiative with { WorkItems = initiative.WorkItems.Add(new Okr.Core.WorkItem { Id = "task-docs", Title = "Write the docs" }) };
        var scorecard = OkrScorer.Score(plan.ReplaceInitiative(undated), ExamplePlan.AsOf);

        var rows = Okr.Samples.Cli.Analysis.GanttRows.Build(scorecard, Okr.Core.Scheduling.Schedule.Build(scorecard.Plan));

        var docs = rows.Single(r => r.Id == "task-docs");
        Assert.Null(docs.Start);
        Assert.False(string.IsNullOrWhiteSpace(docs.Note));
        Assert.Equal(7, rows.Count);
    }

    [Fact]
    public void Gantt_Mermaid_IsGanttTextWithEveryTask()
    {
        var run = new CliHarness().Run("gantt", "@example", "--format", "mermaid");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Equal("gantt", lines[0]);
        Assert.Contains("    dateFormat YYYY-MM-DD", lines);
        Assert.Contains("    section Build a benchmarking program (52% done)", lines);
        Assert.Contains("    Research :done, t1, 2026-04-01, 12d", lines);
        Assert.Contains("    Coding :active, t3, 2026-05-01, 31d", lines);
        Assert.Contains("    Testing :crit, t5, 2026-06-10, 21d", lines);
        Assert.DoesNotContain("\u001b[", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Example_IsValid()
    {
        var run = new CliHarness().Run("validate", "@example");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("@example: valid", run.Output, StringComparison.Ordinal);
    }
}
