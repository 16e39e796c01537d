namespace Okr.Core.Integrations.Interop.Tests;

/// <summary>Reads the real files in ../shared/fixtures/pm (see its SOURCES.md) in place.</summary>
public sealed class SharedFixtureInteropTests
{
    private static ImportResult Mspdi(string name)
    {
        using var file = SharedFixtures.Open(Path.Combine("mspdi", name));
        return MsProjectXmlImporter.Import(file, new MsProjectImportOptions { KeyResultId = "kr-1" });
    }

    [Fact]
    public void Mspdi_AsposeFlatLinks_ImportsTenTasksWithTheirLinks()
    {
        var result = Mspdi("aspose-tasks-9.4.1_flat-links_0pct.xml");
        Assert.Equal(11, result.Report.RowsRead);
        Assert.Equal(10, result.Report.Imported);
        Assert.Equal(1, result.Report.Structural);
        Assert.Equal(8, result.WorkItems.Sum(w => w.DependsOn.Length));
        Assert.All(result.WorkItems, w => Assert.Equal(WorkItemState.NotStarted, w.State));
        Assert.All(result.WorkItems, w => Assert.NotNull(w.Start));
        _ = result.AttachTo(SharedFixtures.Plan());
    }

    [Fact]
    public void Mspdi_AsposeHundredPercent_IsDoneWithRealFinishDespiteSentinelActualStart()
    {
        var result = Mspdi("aspose-tasks-9.4.1_flat-links_100pct.xml");
        Assert.Equal(10, result.Report.Imported);
        Assert.All(result.WorkItems, w =>
        {
            Assert.Equal(WorkItemState.Done, w.State);
            Assert.NotNull(w.CompletedOn);
            Assert.NotEqual(new DateOnly(2000, 1, 1), w.CompletedOn!.Value);
        });
    }

    [Fact]
    public void Mspdi_ThreeOutlineLevels_GroupsAndExpandsLinkIntoSummary()
    {
        var result = Mspdi("aspose-tasks-9.4.1_outline-3-levels_sv12.xml");
        Assert.Equal(result.Report.RowsRead, result.Report.Imported + result.Report.Structural + result.Report.Skipped);
        var task1 = Assert.Single(result.Initiatives);
        Assert.Equal("Task1", task1.Title);
        Assert.Equal(["2", "3", "4", "6", "7", "8", "9", "10"], task1.WorkItems.Select(w => w.Link!.Key).ToArray());

        // Task8 follows the summary task Task5, which stands for its leaves Task6 and Task7.
        Assert.Equal(["msproject:6", "msproject:7"], task1.WorkItems.Single(w => w.Link!.Key == "8").DependsOn.ToArray());

        // Task5 itself follows Task4, so its leaves do.
        Assert.Equal(["msproject:4"], task1.WorkItems.Single(w => w.Link!.Key == "6").DependsOn.ToArray());
        _ = result.AttachTo(SharedFixtures.Plan());
    }

    [Fact]
    public void Mspdi_MsProjectStyleMinimal_ImportsTheOneTask()
    {
        var result = Mspdi("msproject-2010-style_minimal.xml");
        var item = Assert.Single(result.WorkItems);
        Assert.Equal("Test", item.Title);
        Assert.Equal("1", item.Link!.Key);
    }

    [Fact]
    public void JiraJson_Jira5SearchWithoutStatusCategory_MapsByName()
    {
        using var file = SharedFixtures.Open(Path.Combine("jira-json", "jira5-server_api2_search.json"));
        var result = JiraJsonImporter.Import(file, new JiraImportOptions { KeyResultId = "kr-1" });
        Assert.Equal(11, result.Report.RowsRead);
        Assert.Equal(result.Report.RowsRead, result.Report.Imported + result.Report.Structural + result.Report.Skipped);
        Assert.True(result.Report.Imported > 0);
        Assert.All(result.WorkItems, w => Assert.StartsWith("http://localhost:2990/jira/browse/", w.Link!.Url!.AbsoluteUri, StringComparison.Ordinal));
        Assert.Contains(result.WorkItems, w => w.Due == new DateOnly(2011, 12, 14));
    }

    [Theory]
    [InlineData("jira-cloud_webhook_issue-updated_resolved.json")]
    [InlineData("jira-server_webhook_issue-updated_resolved.json")]
    public void JiraJson_ResolvedWebhook_IsDoneByCategoryKey(string name)
    {
        using var file = SharedFixtures.Open(Path.Combine("jira-json", name));
        var result = JiraJsonImporter.Import(file, new JiraImportOptions { KeyResultId = "kr-1", Grouping = InitiativeGrouping.Single });
        var item = Assert.Single(result.WorkItems);
        Assert.Equal(WorkItemState.Done, item.State);
        Assert.NotNull(item.CompletedOn);
        Assert.Single(result.Updates);
    }

    [Fact]
    public void ClickUpJson_RecordedGetTask_IsOneInProgressTaskInItsList()
    {
        using var file = SharedFixtures.Open(Path.Combine("other", "clickup-api-v2_get-task.json"));
        var result = ClickUpJsonImporter.Import(file, new ClickUpImportOptions { KeyResultId = "kr-1", Effort = ClickUpEffort.TimeEstimateHours });
        Assert.Equal(1, result.Report.RowsRead);
        Assert.Empty(result.Report.Problems);
        var list = Assert.Single(result.Initiatives);
        Assert.Equal("clickup:901615428490", list.Id);
        var item = Assert.Single(list.WorkItems);
        Assert.Equal("Optimize image loading in catalog", item.Title);
        Assert.Equal(WorkItemState.InProgress, item.State);
        Assert.Equal(76m, item.Effort);
        Assert.Null(item.Due);
        Assert.Null(item.Assignee);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1782285193253), item.LastSyncedAt);
        Assert.Equal(new Uri("https://app.clickup.com/t/86d3f01jq"), item.Link!.Url);
        _ = result.AttachTo(SharedFixtures.Plan());
    }

    [Fact]
    public void AsanaJson_LegacyTask_UsesNumericIdAndPrefersDueAt()
    {
        using var file = SharedFixtures.Open(Path.Combine("asana-json", "asana-api-2015_task-completed-due-at.json"));
        var result = AsanaJsonImporter.Import(file, new AsanaImportOptions { KeyResultId = "kr-1" });
        var item = Assert.Single(result.WorkItems);
        Assert.Equal("49739198692015", item.Link!.Key);
        Assert.Equal(WorkItemState.Done, item.State);
        Assert.Equal(new DateOnly(2015, 10, 5), item.Due);
        Assert.Equal(new DateOnly(2015, 10, 23), item.CompletedOn);
    }
}
