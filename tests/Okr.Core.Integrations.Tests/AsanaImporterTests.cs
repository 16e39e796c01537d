namespace Okr.Core.Integrations.Tests;

public sealed class AsanaImporterTests
{
    private static ImportResult Csv()
    {
        using var file = Fixture.Open("asana-export.csv");
        return AsanaCsvImporter.Import(file, new AsanaImportOptions { KeyResultId = "kr-1" });
    }

    [Fact]
    public void ImportCsv_Export_CountsEveryRow()
    {
        var report = Csv().Report;
        Assert.Equal(5, report.RowsRead);
        Assert.Equal(4, report.Imported);
        Assert.Equal(1, report.Skipped);
        var skipped = Assert.Single(report.Problems, p => p.Severity == ImportProblemSeverity.Error);
        Assert.Equal("line 6", skipped.Location);
        Assert.Contains("spreadsheet", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportCsv_CompletedAtAndSection_GiveState()
    {
        var items = Csv().WorkItems.ToDictionary(w => w.Link!.Key);
        Assert.Equal(WorkItemState.Done, items["1209876543210001"].State);
        Assert.Equal(new DateOnly(2026, 1, 20), items["1209876543210001"].CompletedOn);
        Assert.Equal("Draft the survey, v1", items["1209876543210001"].Title);
        Assert.Equal(WorkItemState.InProgress, items["1209876543210002"].State);
        Assert.Equal(WorkItemState.NotStarted, items["1209876543210003"].State);
        Assert.Equal(new DateOnly(2026, 2, 20), items["1209876543210003"].Due);
    }

    [Fact]
    public void ImportCsv_FirstProjectGroups_AndBlockedByResolvesNamesAndIds()
    {
        var result = Csv();
        var research = result.Initiatives.Single(i => i.Title == "Customer research");
        Assert.Equal(3, research.WorkItems.Length);
        var items = result.WorkItems.ToDictionary(w => w.Link!.Key);
        Assert.Equal(["asana:1209876543210001"], items["1209876543210002"].DependsOn.ToArray());
        Assert.Equal(["asana:1209876543210002"], items["1209876543210003"].DependsOn.ToArray());
    }

    [Fact]
    public void ImportCsv_UnknownSectionAndBadDate_AreWarnings()
    {
        var result = Csv();
        Assert.DoesNotContain("Parking lot", result.Report.UnknownStatuses);
        Assert.Contains(result.Report.Problems, p => p.Location == "line 7" && p.Reason.Contains("not a date", StringComparison.Ordinal));
    }

    [Fact]
    public void ImportJson_List_ReadsGidsSectionsAndDependencies()
    {
        const string json = """
        {"data":[
          {"gid":"11","resource_type":"task","name":"Plan","completed":true,"completed_at":"2026-02-01T10:00:00.000Z","modified_at":"2026-02-01T10:00:00.000Z",
           "due_on":"2026-02-01","projects":[{"gid":"900","name":"Launch"}],"permalink_url":"https://app.asana.com/0/900/11"},
          {"gid":"12","name":"Build","completed":false,"memberships":[{"section":{"name":"Doing"}}],"projects":[{"gid":"900","name":"Launch"}],
           "dependencies":[{"gid":"11"}],"assignee":{"gid":"5","name":"Bo"}},
          {"name":"No id"}
        ]}
        """;
        using var input = Fixture.FromText(json);
        var result = AsanaJsonImporter.Import(input, new AsanaImportOptions { KeyResultId = "kr-1" });
        var launch = Assert.Single(result.Initiatives);
        Assert.Equal("asana:900", launch.Id);
        Assert.Equal(WorkItemState.Done, launch.WorkItems[0].State);
        Assert.Equal(WorkItemState.InProgress, launch.WorkItems[1].State);
        Assert.Equal(["asana:11"], launch.WorkItems[1].DependsOn.ToArray());
        Assert.Equal("$.data[2]", Assert.Single(result.Report.Problems).Location);
    }

    [Fact]
    public void ImportJson_LegacyTask_UsesNumericIdAndPrefersDueAt()
    {
        using var file = Fixture.Open("asana-task-legacy.json");
        var result = AsanaJsonImporter.Import(file, new AsanaImportOptions { KeyResultId = "kr-1" });
        var item = Assert.Single(result.WorkItems);
        Assert.Equal("12004400917733", item.Link!.Key);
        Assert.Equal("Book the venue for the spring offsite", item.Title);
        Assert.Equal(WorkItemState.Done, item.State);

        // due_at (23:30 UTC on the 16th) wins over due_on (the 15th).
        Assert.Equal(new DateOnly(2016, 3, 16), item.Due);
        Assert.Equal(new DateOnly(2016, 3, 18), item.CompletedOn);
        Assert.Equal("asana:12004400910001", Assert.Single(result.Initiatives).Id);
    }
}
