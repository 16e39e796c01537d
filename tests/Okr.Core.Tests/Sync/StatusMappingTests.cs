using Okr.Core.Sync;

namespace Okr.Core.Tests.Sync;

public sealed class StatusMappingTests
{
    [Theory]
    [InlineData("new", WorkItemState.NotStarted)]
    [InlineData("indeterminate", WorkItemState.InProgress)]
    [InlineData("done", WorkItemState.Done)]
    [InlineData("Complete", WorkItemState.Done)]
    [InlineData("In Progress", WorkItemState.InProgress)]
    public void Jira_ByCategory_MapsToState(string category, WorkItemState expected)
    {
        var mapped = StatusMapping.Jira.Map(new ExternalStatus("Some custom status", category));
        Assert.True(mapped.IsKnown);
        Assert.Equal(expected, mapped.State);
    }

    [Theory]
    [InlineData("Resolved", WorkItemState.Done)]
    [InlineData("closed", WorkItemState.Done)]
    [InlineData("  In Review ", WorkItemState.InProgress)]
    [InlineData("Backlog", WorkItemState.NotStarted)]
    [InlineData("Won't Do", WorkItemState.Cancelled)]
    public void Jira_ByNameWithoutCategory_MapsToState(string name, WorkItemState expected) =>
        Assert.Equal(expected, StatusMapping.Jira.Map(new ExternalStatus(name)).State);

    [Fact]
    public void Jira_NameRuleWinsOverCategory_Blocked()
    {
        var mapped = StatusMapping.Jira.Map(new ExternalStatus("Blocked", "indeterminate"));
        Assert.Equal(WorkItemState.Blocked, mapped.State);
    }

    [Fact]
    public void Map_UnknownStatus_IsReportedAndKeepsStateByDefault()
    {
        var mapped = StatusMapping.Jira.Map(new ExternalStatus("Waiting for Godot"));
        Assert.False(mapped.IsKnown);
        Assert.Null(mapped.State);
    }

    [Fact]
    public void Map_UnknownStatusWithConfiguredDefault_UsesDefault()
    {
        var mapping = StatusMapping.Jira.WithUnknownState(WorkItemState.Blocked);
        var mapped = mapping.Map(new ExternalStatus("Waiting for Godot"));
        Assert.False(mapped.IsKnown);
        Assert.Equal(WorkItemState.Blocked, mapped.State);
    }

    [Theory]
    [InlineData(true, "In Progress", WorkItemState.Done)]
    [InlineData(false, "In Progress", WorkItemState.InProgress)]
    [InlineData(false, "Ideas", WorkItemState.NotStarted)]
    [InlineData(false, null, WorkItemState.NotStarted)]
    public void Asana_CompletedFlagAndSection_MapsToState(bool completed, string? section, WorkItemState expected)
    {
        var mapped = StatusMapping.Asana.Map(new ExternalStatus(section, Completed: completed));
        Assert.True(mapped.IsKnown);
        Assert.Equal(expected, mapped.State);
    }

    [Theory]
    [InlineData("Done", WorkItemState.Done)]
    [InlineData("Working on it", WorkItemState.InProgress)]
    [InlineData("Stuck", WorkItemState.Blocked)]
    [InlineData("", WorkItemState.NotStarted)]
    public void MondayCom_Labels_MapToState(string label, WorkItemState expected) =>
        Assert.Equal(expected, StatusMapping.MondayCom.Map(new ExternalStatus(label)).State);

    [Theory]
    [InlineData("open", WorkItemState.NotStarted)]
    [InlineData("custom", WorkItemState.InProgress)]
    [InlineData("closed", WorkItemState.Done)]
    [InlineData("done", WorkItemState.Done)]
    public void ClickUp_StatusTypes_MapToState(string type, WorkItemState expected) =>
        Assert.Equal(expected, StatusMapping.ClickUp.Map(new ExternalStatus("whatever label", type)).State);

    [Theory]
    [InlineData(0, WorkItemState.NotStarted)]
    [InlineData(40, WorkItemState.InProgress)]
    [InlineData(100, WorkItemState.Done)]
    public void MicrosoftProject_PercentComplete_MapsToStateAndKeepsPercent(int percent, WorkItemState expected)
    {
        var mapped = StatusMapping.MicrosoftProject.Map(new ExternalStatus(PercentComplete: percent));
        Assert.Equal(expected, mapped.State);
        Assert.Equal(percent, mapped.PercentComplete);
    }

    [Fact]
    public void Map_PercentOutOfRange_DropsPercent()
    {
        var mapped = StatusMapping.MicrosoftProject.Map(new ExternalStatus(PercentComplete: 140));
        Assert.Null(mapped.PercentComplete);
        Assert.False(mapped.IsKnown);
    }

    [Theory]
    [InlineData("JIRA", "jira")]
    [InlineData("monday.com", "monday")]
    [InlineData("mspdi", "msproject")]
    [InlineData("trello", "custom")]
    public void ForSystem_Name_PicksPreset(string system, string expected) =>
        Assert.Equal(expected, StatusMapping.ForSystem(system).Name);

    [Fact]
    public void WithNames_UndefinedState_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StatusMapping.Empty.WithNames((WorkItemState)42, "x"));

    [Fact]
    public void WithNames_CustomRule_DoesNotChangePreset()
    {
        var custom = StatusMapping.Jira.WithNames(WorkItemState.Done, "Shipped");
        Assert.Equal(WorkItemState.Done, custom.Map(new ExternalStatus("shipped")).State);
        Assert.False(StatusMapping.Jira.Map(new ExternalStatus("shipped")).IsKnown);
    }
}
