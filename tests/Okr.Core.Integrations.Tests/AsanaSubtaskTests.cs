using Okr.Core.Scoring;

namespace Okr.Core.Integrations.Tests;

/// <summary>The <c>Parent task</c> column of an Asana CSV export: a parent and its subtasks never both count.</summary>
public sealed class AsanaSubtaskTests
{
    private static ImportResult Import(AsanaSubtaskRule rule = AsanaSubtaskRule.ParentCountsOnce)
    {
        using var file = Fixture.Open("asana-export-subtasks.csv");
        return AsanaCsvImporter.Import(file, new AsanaImportOptions { KeyResultId = "kr-1", Subtasks = rule });
    }

    private static void AssertEveryRowCountedOnce(ImportReport report) =>
        Assert.Equal(report.RowsRead, report.Imported + report.Structural + report.Skipped + report.Subtasks);

    [Fact]
    public void Default_ParentCountsOnce_SubtasksArePartOfTheirTopLevelTask()
    {
        var result = Import();
        var report = result.Report;
        Assert.Equal(7, report.RowsRead);
        Assert.Equal(3, report.Subtasks); // Wireframes, Visual design and its own subtask Colour palette
        Assert.Equal(4, report.Imported);
        Assert.Equal(0, report.Structural);
        AssertEveryRowCountedOnce(report);
        Assert.Equal(
            ["1210000000000101", "1210000000000105", "1210000000000106", "1210000000000107"],
            result.WorkItems.Select(w => w.Link!.Key).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Default_ParentCountsOnce_ProgressCountsTheParentOnce()
    {
        var plan = Import().AttachTo(Fixture.Plan());
        var score = OkrScorer.Score(plan, new DateOnly(2026, 3, 31))["kr-1"];

        // Four tasks (the homepage with its subtasks, the copy, the launch, the orphan); the homepage is completed.
        Assert.Equal(Progress.FromRatio(1m / 4m), score.Progress);
    }

    [Fact]
    public void Default_ParentCountsOnce_ADependencyOnASubtaskIsOnItsTopLevelTask()
    {
        var items = Import().WorkItems.ToDictionary(w => w.Link!.Key);
        Assert.Equal(["asana:1210000000000101"], items["1210000000000106"].DependsOn.ToArray()); // Launch after Wireframes
        Assert.Equal(["asana:1210000000000101"], items["1210000000000105"].DependsOn.ToArray()); // Copy after the homepage
    }

    [Fact]
    public void ParentIsStructure_LeafSubtasksAreTheWork_InTheirTopLevelTasksProject()
    {
        var result = Import(AsanaSubtaskRule.ParentIsStructure);
        var report = result.Report;
        Assert.Equal(2, report.Structural); // Design the homepage, Visual design
        Assert.Equal(5, report.Imported);
        Assert.Equal(0, report.Subtasks);
        AssertEveryRowCountedOnce(report);
        var relaunch = result.Initiatives.Single(i => i.Title == "Website relaunch");
        Assert.Equal(["Wireframes", "Colour palette", "Write the copy", "Launch"], relaunch.WorkItems.Select(w => w.Title).ToArray());
        var items = result.WorkItems.ToDictionary(w => w.Link!.Key);
        Assert.Equal(["asana:1210000000000102", "asana:1210000000000104"], items["1210000000000105"].DependsOn.ToArray());
        Assert.Equal(["asana:1210000000000102"], items["1210000000000106"].DependsOn.ToArray());

        var score = OkrScorer.Score(result.AttachTo(Fixture.Plan()), new DateOnly(2026, 3, 31))["kr-1"];
        Assert.Equal(Progress.FromRatio(1m / 5m), score.Progress); // Wireframes done of five
    }

    [Theory]
    [InlineData(AsanaSubtaskRule.ParentCountsOnce)]
    [InlineData(AsanaSubtaskRule.ParentIsStructure)]
    public void ParentNotInTheExport_SubtaskIsATaskOfItsOwn_WithAWarning(AsanaSubtaskRule rule)
    {
        var result = Import(rule);
        Assert.Contains(result.WorkItems, w => w.Title == "Ask for the budget");
        var warning = Assert.Single(result.Report.Problems, p => p.Key == "1210000000000107");
        Assert.Equal("line 8", warning.Location);
        Assert.Contains("'Budget approval' is not in the export", warning.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AsanaSubtaskRule.ParentCountsOnce)]
    [InlineData(AsanaSubtaskRule.ParentIsStructure)]
    public void ParentsInACycle_AreBrokenAndReported(AsanaSubtaskRule rule)
    {
        const string csv = "Task ID,Name,Parent task\n1,A,C\n2,B,A\n3,C,B\n4,D,\n";
        using var input = Fixture.FromText(csv);
        var result = AsanaCsvImporter.Import(input, new AsanaImportOptions { KeyResultId = "kr-1", Subtasks = rule });
        AssertEveryRowCountedOnce(result.Report);
        var cycle = Assert.Single(result.Report.Problems);
        Assert.Equal("line 2", cycle.Location);
        Assert.Contains("lead back to it", cycle.Reason, StringComparison.Ordinal);
        Assert.Equal(rule == AsanaSubtaskRule.ParentCountsOnce ? ["A", "D"] : ["C", "D"], result.WorkItems.Select(w => w.Title).ToArray());
    }

    [Fact]
    public void AmbiguousParentName_SubtaskIsATaskOfItsOwn()
    {
        const string csv = "Task ID,Name,Parent task\n1,Review,\n2,Review,\n3,Fix typos,Review\n";
        using var input = Fixture.FromText(csv);
        var result = AsanaCsvImporter.Import(input, new AsanaImportOptions { KeyResultId = "kr-1" });
        Assert.Equal(3, result.Report.Imported);
        Assert.Contains("Several tasks of the export are named 'Review'", Assert.Single(result.Report.Problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortRow_IsSkippedWithItsLine_OrKept()
    {
        const string csv = "Task ID,Name,Completed At,Projects\n1,One,2026-01-02,P\n2,Two\n3,Three,,P\n";
        using (var input = Fixture.FromText(csv))
        {
            var result = AsanaCsvImporter.Import(input, new AsanaImportOptions { KeyResultId = "kr-1" });
            Assert.Equal(1, result.Report.Skipped);
            var problem = Assert.Single(result.Report.Problems);
            Assert.Equal(("line 3", "2", ImportProblemSeverity.Error), (problem.Location, problem.Key, problem.Severity));
            Assert.Contains("2 cell(s) where the header has 4", problem.Reason, StringComparison.Ordinal);
        }

        using (var input = Fixture.FromText(csv))
        {
            var result = AsanaCsvImporter.Import(input, new AsanaImportOptions { KeyResultId = "kr-1", ShortRows = ShortRowHandling.Keep });
            Assert.Equal(3, result.Report.Imported);
            Assert.Equal(ImportProblemSeverity.Warning, Assert.Single(result.Report.Problems).Severity);
        }
    }
}
