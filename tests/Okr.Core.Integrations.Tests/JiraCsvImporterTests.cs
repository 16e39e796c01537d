using Okr.Core.Scoring;

namespace Okr.Core.Integrations.Tests;

public sealed class JiraCsvImporterTests
{
    private static ImportResult ImportExport(JiraImportOptions? options = null)
    {
        using var file = Fixture.Open("jira-cloud-export.csv");
        return JiraCsvImporter.Import(file, options ?? new JiraImportOptions { KeyResultId = "kr-1" });
    }

    [Fact]
    public void Import_CloudExport_CountsEveryRow()
    {
        var report = ImportExport().Report;
        Assert.Equal(7, report.RowsRead);
        Assert.Equal(5, report.Imported);
        Assert.Equal(1, report.Structural);
        Assert.Equal(1, report.Skipped);
        Assert.Equal(report.RowsRead, report.Imported + report.Structural + report.Skipped);
    }

    [Fact]
    public void Import_QuotedFieldWithCommaQuotesAndNewline_KeepsTheSummary()
    {
        var item = ImportExport().WorkItems.Single(w => w.Link!.Key == "OKR-2");
        Assert.Equal("Import Jira CSV, with quotes \"and\" commas", item.Title);
        Assert.Equal(WorkItemState.Done, item.State);
        Assert.Equal(new DateOnly(2026, 2, 16), item.CompletedOn);
        Assert.Equal(new DateOnly(2026, 2, 20), item.Due);
        Assert.Equal(5m, item.Effort);
        Assert.Equal("Ana Diaz", item.Assignee);
        Assert.Equal(new DateTimeOffset(2026, 2, 16, 11, 5, 0, TimeSpan.Zero), item.LastSyncedAt);
        Assert.Equal("jira:OKR-2", item.Id);
    }

    [Fact]
    public void Import_ByParent_GroupsUnderEpicsAndTopMostParents()
    {
        var initiatives = ImportExport().Initiatives;
        var epic = initiatives.Single(i => i.Id == "jira:OKR-1");
        Assert.Equal("Connector epic", epic.Title);
        Assert.Equal(["OKR-2", "OKR-3", "OKR-4"], epic.WorkItems.Select(w => w.Link!.Key));
        Assert.Equal(new DateOnly(2026, 4, 30), epic.Due);

        var missingEpic = initiatives.Single(i => i.Id == "jira:OKR-77");
        Assert.Equal("Epic not exported", missingEpic.Title);
        Assert.Equal("kr-1/jira", initiatives.Single(i => i.WorkItems.Any(w => w.Link!.Key == "OKR-6")).Id);
    }

    [Fact]
    public void Import_SingleGrouping_PutsEverythingInOneInitiative()
    {
        var result = ImportExport(new JiraImportOptions { KeyResultId = "kr-1", Grouping = InitiativeGrouping.Single, InitiativeId = "in-jira", InitiativeTitle = "Jira work" });
        var initiative = Assert.Single(result.Initiatives);
        Assert.Equal("in-jira", initiative.Id);
        Assert.Equal(6, initiative.WorkItems.Length);
    }

    [Fact]
    public void Import_BadRowsAndCells_AreReportedWithLineAndReason()
    {
        var problems = ImportExport().Report.Problems;
        var skipped = Assert.Single(problems, p => p.Severity == ImportProblemSeverity.Error);
        Assert.Equal("line 7", skipped.Location);
        Assert.Contains("Issue key", skipped.Reason, StringComparison.Ordinal);

        Assert.Contains(problems, p => p.Location == "line 6" && p.Key == "OKR-4" && p.Reason.Contains("Waiting for vendor", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Location == "line 8" && p.Key == "OKR-5" && p.Reason.Contains("31/Feb/26", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Key == "OKR-5" && p.Reason.Contains("'two'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Key == "OKR-4" && p.Reason.Contains("OKR-99", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_UnknownStatus_KeepsNotStartedAndIsListed()
    {
        var result = ImportExport();
        Assert.Equal(WorkItemState.NotStarted, result.WorkItems.Single(w => w.Link!.Key == "OKR-4").State);
        Assert.Equal(["Waiting for vendor"], result.Report.UnknownStatuses.ToArray());
    }

    [Fact]
    public void Import_BlocksLinks_BecomeDependencies()
    {
        var items = ImportExport().WorkItems.ToDictionary(w => w.Link!.Key);
        Assert.Equal(["jira:OKR-2"], items["OKR-3"].DependsOn.ToArray());
        Assert.Equal(["jira:OKR-3"], items["OKR-4"].DependsOn.ToArray());
        Assert.Equal(WorkItemState.InProgress, items["OKR-3"].State);
    }

    [Fact]
    public void AttachTo_Plan_ScoresTheKeyResultFromJira()
    {
        var plan = ImportExport().AttachTo(Fixture.Plan());
        var score = OkrScorer.Score(plan, new DateOnly(2026, 3, 31))["kr-1"];
        Assert.Equal(Progress.FromRatio(1m / 5m), score.Progress);
    }

    [Fact]
    public void AttachTo_Twice_RefreshesInsteadOfDuplicating()
    {
        var once = ImportExport().AttachTo(Fixture.Plan());
        var twice = ImportExport().AttachTo(once);
        Assert.Equal(once, twice);
    }

    [Fact]
    public void Updates_AppliedToAttachedPlan_AreAlreadyApplied()
    {
        var result = ImportExport();
        var plan = result.AttachTo(Fixture.Plan());
        var sync = PlanSync.Apply(plan, result.Updates);
        Assert.False(sync.Report.HasChanges);
        Assert.Equal(result.Updates.Length, sync.Report.Skipped.Length);
    }

    [Fact]
    public void Import_StrayQuote_SkipsOnlyThatRow()
    {
        using var file = Fixture.Open("jira-bad-quotes.csv");
        var result = JiraCsvImporter.Import(file, new JiraImportOptions { KeyResultId = "kr-1" });
        Assert.Equal(3, result.Report.RowsRead);
        Assert.Equal(2, result.Report.Imported);
        var problem = Assert.Single(result.Report.Problems);
        Assert.Equal("line 3", problem.Location);
        Assert.Equal(ImportProblemSeverity.Error, problem.Severity);
    }

    [Fact]
    public void Import_MissingKeyColumn_ThrowsNamingTheColumn()
    {
        using var file = Fixture.Open("jira-no-key-column.csv");
        var ex = Assert.Throws<ImportFormatException>(() => JiraCsvImporter.Import(file, new JiraImportOptions { KeyResultId = "kr-1" }));
        Assert.Contains("Issue key", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_EmptyInput_Throws()
    {
        using var empty = Fixture.FromText("");
        Assert.Throws<ImportFormatException>(() => JiraCsvImporter.Import(empty, new JiraImportOptions { KeyResultId = "kr-1" }));
    }

    [Fact]
    public void Import_RenamedColumnsSemicolonsAndIsoDates_AreHonoured()
    {
        const string csv = "Thema;Schlüssel;Status;Fällig\nErste Aufgabe;DE-1;Erledigt;2026-05-01\n";
        var options = new JiraImportOptions
        {
            KeyResultId = "kr-1",
            Delimiter = ';',
            Columns = new JiraCsvColumns { Summary = "Thema", IssueKey = "Schlüssel", DueDate = "Fällig" },
            StatusMapping = StatusMapping.Jira.WithNames(WorkItemState.Done, "Erledigt"),
        };
        using var input = Fixture.FromText(csv);
        var item = Assert.Single(JiraCsvImporter.Import(input, options).WorkItems);
        Assert.Equal(WorkItemState.Done, item.State);
        Assert.Equal(new DateOnly(2026, 5, 1), item.Due);
    }

    [Fact]
    public void Import_DuplicateKey_SkipsTheSecondRow()
    {
        using var input = Fixture.FromText("Summary,Issue key\nA,D-1\nB,D-1\n");
        var report = JiraCsvImporter.Import(input, new JiraImportOptions { KeyResultId = "kr-1" }).Report;
        Assert.Equal(1, report.Skipped);
        Assert.Equal("line 3", report.Problems.Single().Location);
    }

    [Fact]
    public void Import_SiteGiven_LinksHaveBrowseUrls()
    {
        var result = ImportExport(new JiraImportOptions { KeyResultId = "kr-1", Site = new Uri("https://example.atlassian.net/") });
        Assert.Equal(new Uri("https://example.atlassian.net/browse/OKR-2"), result.WorkItems.First().Link!.Url);
    }
}
