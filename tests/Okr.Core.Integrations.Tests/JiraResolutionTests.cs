namespace Okr.Core.Integrations.Tests;

/// <summary>Jira resolutions decide whether a resolved issue is done work or cancelled, and the report says how each was mapped.</summary>
public sealed class JiraResolutionTests
{
    private const string Csv = """
        Summary,Issue key,Status,Status Category,Resolution,Resolved
        Ship it,R-1,Done,Done,Done,02/Mar/26 10:00 AM
        Not needed,R-2,Done,Done,Won't Do,03/Mar/26 10:00 AM
        Same as R-1,R-3,Closed,Done,Duplicate,03/Mar/26 11:00 AM
        Also shipped,R-4,Done,Done,Done,04/Mar/26 10:00 AM
        Shipped elsewhere,R-5,Done,Done,Shipped,05/Mar/26 10:00 AM
        Reopened,R-6,In Progress,In Progress,Fixed,
        Open,R-7,To Do,To Do,,
        Cannot see it,R-8,Resolved,Done,cannot reproduce,06/Mar/26 10:00 AM
        """;

    private static ImportResult Import(JiraImportOptions? options = null)
    {
        using var input = Fixture.FromText(Csv);
        return JiraCsvImporter.Import(input, options ?? new JiraImportOptions { KeyResultId = "kr-1" });
    }

    [Fact]
    public void Csv_ResolutionDecidesDoneOrCancelled()
    {
        var items = Import().WorkItems.ToDictionary(w => w.Link!.Key);
        Assert.Equal(WorkItemState.Done, items["R-1"].State);
        Assert.Equal(new DateOnly(2026, 3, 2), items["R-1"].CompletedOn);
        Assert.Equal(WorkItemState.Cancelled, items["R-2"].State);
        Assert.Null(items["R-2"].CompletedOn);
        Assert.Equal(WorkItemState.Cancelled, items["R-3"].State);
        Assert.Equal(WorkItemState.Done, items["R-5"].State); // unknown resolution: the status decides
        Assert.Equal(WorkItemState.InProgress, items["R-6"].State); // open status: the resolution is ignored
        Assert.Equal(WorkItemState.NotStarted, items["R-7"].State);
        Assert.Equal(WorkItemState.Cancelled, items["R-8"].State); // names compare case-insensitively
    }

    [Fact]
    public void Csv_ReportSaysHowEachResolutionWasMapped()
    {
        var report = Import().Report;
        Assert.Equal(
            [
                new MappedResolution("Done", WorkItemState.Done, 2, true),
                new MappedResolution("Won't Do", WorkItemState.Cancelled, 1, true),
                new MappedResolution("Duplicate", WorkItemState.Cancelled, 1, true),
                new MappedResolution("Shipped", WorkItemState.Done, 1, false),
                new MappedResolution("cannot reproduce", WorkItemState.Cancelled, 1, true),
            ],
            report.Resolutions.ToArray());
        Assert.Equal("Won't Do -> Cancelled (1 issue)", report.Resolutions[1].ToString());
        Assert.Equal("Shipped -> Done (1 issue, unknown resolution)", report.Resolutions[3].ToString());
        Assert.Contains(report.Problems, p => p.Key == "R-5" && p.Reason.Contains("Unknown resolution 'Shipped'", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Key == "R-6" && p.Reason.Contains("'Fixed' is set but the status is InProgress", StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_CancelledResolutionsDoNotCountAsDoneWork()
    {
        var plan = Import().AttachTo(Fixture.Plan());
        var score = Okr.Core.Scoring.OkrScorer.Score(plan, new DateOnly(2026, 3, 31))["kr-1"];

        // Counting, R-5 (done), R-6, R-7 (open); are cancelled and do not count.
        Assert.Equal(Progress.FromRatio(3m / 5m), score.Progress);
    }

    [Fact]
    public void Csv_OptionsCanMapAResolution()
    {
        var options = new JiraImportOptions
        {
            KeyResultId = "kr-1",
            Resolutions = JiraImportOptions.DefaultResolutions.SetItem("Shipped", WorkItemState.Done).SetItem("Duplicate", WorkItemState.Done),
        };
        var report = Import(options).Report;
        Assert.All(report.Resolutions, r => Assert.True(r.IsKnown));
        Assert.Contains(new MappedResolution("Duplicate", WorkItemState.Done, 1, true), report.Resolutions);
    }

    [Fact]
    public void Json_ResolutionNameDecides()
    {
        const string json = """
        {"issues":[
          {"key":"J-1","fields":{"summary":"Fixed","status":{"name":"Done","statusCategory":{"key":"done"}},"resolution":{"name":"Done"},"resolutiondate":"2026-03-02T10:00:00.000+0000"}},
          {"key":"J-2","fields":{"summary":"Dup","status":{"name":"Done","statusCategory":{"key":"done"}},"resolution":{"name":"Duplicate"}}},
          {"key":"J-3","fields":{"summary":"Open","status":{"name":"To Do","statusCategory":{"key":"new"}},"resolution":null}}
        ]}
        """;
        using var input = Fixture.FromText(json);
        var result = JiraJsonImporter.Import(input, new JiraImportOptions { KeyResultId = "kr-1" });
        Assert.Equal([WorkItemState.Done, WorkItemState.Cancelled, WorkItemState.NotStarted], result.WorkItems.Select(w => w.State).ToArray());
        Assert.Equal(["Done -> Done (1 issue)", "Duplicate -> Cancelled (1 issue)"], result.Report.Resolutions.Select(r => r.ToString()).ToArray());
    }

    [Fact]
    public void Csv_ShortRow_IsAnErrorWithItsLine_ByDefault()
    {
        const string csv = "Summary,Issue key,Status,Assignee\n\"Two\nlines\",S-1,Done,Ana\nCut short,S-2\nFine,S-3,To Do,Bo\n";
        using var input = Fixture.FromText(csv);
        var result = JiraCsvImporter.Import(input, new JiraImportOptions { KeyResultId = "kr-1" });
        Assert.Equal(3, result.Report.RowsRead);
        Assert.Equal(1, result.Report.Skipped);
        Assert.Equal(["S-1", "S-3"], result.WorkItems.Select(w => w.Link!.Key).ToArray());
        var problem = Assert.Single(result.Report.Problems);
        Assert.Equal(("line 4", "S-2", ImportProblemSeverity.Error), (problem.Location, problem.Key, problem.Severity));
        Assert.Contains("2 cell(s) where the header has 4", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_ShortRow_CanBeKept_WithAWarning()
    {
        const string csv = "Summary,Issue key,Status,Assignee\nCut short,S-2\n";
        using var input = Fixture.FromText(csv);
        var result = JiraCsvImporter.Import(input, new JiraImportOptions { KeyResultId = "kr-1", ShortRows = ShortRowHandling.Keep });
        var item = Assert.Single(result.WorkItems);
        Assert.Equal("Cut short", item.Title);
        Assert.Equal(ImportProblemSeverity.Warning, Assert.Single(result.Report.Problems).Severity);
    }
}
