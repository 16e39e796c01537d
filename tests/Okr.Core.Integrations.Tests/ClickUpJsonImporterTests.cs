namespace Okr.Core.Integrations.Tests;

public sealed class ClickUpJsonImporterTests
{
    private static readonly ClickUpImportOptions Options = new() { KeyResultId = "kr-1" };

    private static ImportResult List(ClickUpImportOptions? options = null)
    {
        using var file = Fixture.Open("clickup-list-tasks.json");
        return ClickUpJsonImporter.Import(file, options ?? Options);
    }

    [Fact]
    public void Import_ListResponse_CountsEveryTaskAndReportsTheSkippedOneByPath()
    {
        var result = List();
        Assert.Equal(6, result.Report.RowsRead);
        Assert.Equal(5, result.Report.Imported);
        Assert.Equal(0, result.Report.Structural);
        Assert.Equal(1, result.Report.Skipped);
        var skipped = Assert.Single(result.Report.Problems, p => p.Severity == ImportProblemSeverity.Error);
        Assert.Equal("$.tasks[4]", skipped.Location);
        Assert.Equal("86b2", skipped.Key);
        Assert.Contains("'name' ($.tasks[4].name)", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ListResponse_GroupsByListWithTheFallbackForTasksWithoutAList()
    {
        var result = List();
        Assert.Equal(["clickup:9001", "clickup:9002", "kr-1/clickup"], result.Initiatives.Select(i => i.Id).ToArray());
        Assert.Equal("Website relaunch", result.Initiatives[0].Title);
        Assert.Equal(["86a1", "86a2", "86a3"], result.Initiatives[0].WorkItems.Select(w => w.Link!.Key).ToArray());
        Assert.Equal("Imported from ClickUp", result.Initiatives[2].Title);
        Assert.Equal("Orphan with nulls", Assert.Single(result.Initiatives[2].WorkItems).Title);
    }

    [Fact]
    public void Import_ListResponse_MapsStatusTypesUnixDatesEffortAndAssignee()
    {
        var items = List().WorkItems.ToDictionary(w => w.Link!.Key);
        var done = items["86a1"];
        Assert.Equal(WorkItemState.Done, done.State);
        Assert.Equal(new DateOnly(2026, 3, 12), done.CompletedOn);
        Assert.Equal(new DateOnly(2026, 3, 2), done.Start);
        Assert.Equal(3m, done.Effort);
        Assert.Equal("Mei Lin", done.Assignee);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1773338400000), done.LastSyncedAt);
        Assert.Equal(new Uri("https://app.clickup.com/t/86a1"), done.Link!.Url);

        Assert.Equal(WorkItemState.InProgress, items["86a2"].State);
        Assert.Null(items["86a2"].CompletedOn);
        Assert.Null(items["86a2"].Effort);
        Assert.Equal(new DateOnly(2026, 4, 15), items["86a2"].Due);
        Assert.Equal(WorkItemState.NotStarted, items["86a3"].State);
        Assert.Equal(WorkItemState.NotStarted, items["86c1"].State);
        Assert.Null(items["86c1"].Assignee);
    }

    [Fact]
    public void Import_Dependencies_ReadFromEitherSideOfTheEntry()
    {
        var items = List().WorkItems.ToDictionary(w => w.Link!.Key);
        Assert.Equal(["clickup:86a1"], items["86a2"].DependsOn.ToArray());

        // 86a3's entry says 86b1 waits on 86a3: the dependency lands on 86b1.
        Assert.Equal(["clickup:86a3"], items["86b1"].DependsOn.ToArray());
        Assert.Empty(items["86a3"].DependsOn);
    }

    [Fact]
    public void Import_UnknownStatusTypeAndBadDate_AreWarningsNamingTheTask()
    {
        var result = List();
        Assert.Equal(["waiting on legal [blocked]"], result.Report.UnknownStatuses.ToArray());
        var warnings = result.Report.Problems.Where(p => p.Severity == ImportProblemSeverity.Warning && p.Key == "86b1").ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal("$.tasks[3]", w.Location));
        Assert.Contains(warnings, w => w.Reason.Contains("'tomorrow' in due_date", StringComparison.Ordinal));
        var item = result.WorkItems.Single(w => w.Link!.Key == "86b1");
        Assert.Equal(WorkItemState.NotStarted, item.State);
        Assert.Null(item.Due);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1773993600000), item.LastSyncedAt);
    }

    [Fact]
    public void Import_DefaultOffset_DecidesTheDayOfAUnixTime()
    {
        var result = List(Options with { DefaultOffset = TimeSpan.FromHours(-8) });
        Assert.Equal(new DateOnly(2026, 4, 14), result.WorkItems.Single(w => w.Link!.Key == "86a2").Due);
    }

    [Fact]
    public void Import_TimeEstimateEffort_IsHours()
    {
        var items = List(Options with { Effort = ClickUpEffort.TimeEstimateHours }).WorkItems.ToDictionary(w => w.Link!.Key);
        Assert.Equal(2m, items["86a1"].Effort);
        Assert.Equal(10m, items["86a2"].Effort);
        Assert.Null(items["86a3"].Effort);
    }

    [Fact]
    public void Import_GroupByParentTask_MakesTheParentAnInitiative()
    {
        var result = List(Options with { GroupByParentTask = true });
        Assert.Equal(1, result.Report.Structural);
        Assert.Equal(4, result.Report.Imported);
        Assert.Equal(result.Report.RowsRead, result.Report.Imported + result.Report.Structural + result.Report.Skipped);
        var parent = result.Initiatives.Single(i => i.Id == "clickup:86a2");
        Assert.Equal("Build the home page", parent.Title);
        Assert.Equal(new DateOnly(2026, 4, 1), parent.Start);
        Assert.Equal("86a3", Assert.Single(parent.WorkItems).Link!.Key);
        Assert.Equal(["86a1", "86b1", "86c1"], result.Initiatives.Single(i => i.Id == "kr-1/clickup").WorkItems.Select(w => w.Link!.Key).ToArray());
    }

    [Fact]
    public void Import_GroupByParentTask_ParentOutsideTheInputNamesTheTopLevelParent()
    {
        using var input = Fixture.FromText("""
            [{"id":"s1","name":"Sub","parent":"p9","top_level_parent":"p1","status":{"status":"to do","type":"open"}},
             {"id":"s2","name":"Sub of sub","parent":"s1","top_level_parent":"p1"}]
            """);
        var result = ClickUpJsonImporter.Import(input, Options with { GroupByParentTask = true });
        var initiative = Assert.Single(result.Initiatives);
        Assert.Equal("clickup:p1", initiative.Id);
        Assert.Equal(2, initiative.WorkItems.Length);
    }

    [Fact]
    public void Import_ParentCycle_GoesToTheFallbackWithoutLooping()
    {
        using var input = Fixture.FromText("""[{"id":"a","name":"A","parent":"b"},{"id":"b","name":"B","parent":"a"}]""");
        var result = ClickUpJsonImporter.Import(input, Options with { GroupByParentTask = true });
        Assert.Equal("kr-1/clickup", Assert.Single(result.Initiatives).Id);
        Assert.Equal(2, result.Report.Imported);
    }

    [Fact]
    public void Import_SingleTaskObject_IsReadAtTheRoot()
    {
        using var input = Fixture.FromText("""{"id":"t1","name":"Solo","status":{"status":"complete","type":"done"},"date_done":"1773337510000","list":{"id":"1","name":"L"}}""");
        var item = Assert.Single(ClickUpJsonImporter.Import(input, Options).WorkItems);
        Assert.Equal(WorkItemState.Done, item.State);
        Assert.Equal(new DateOnly(2026, 3, 12), item.CompletedOn);
    }

    [Fact]
    public void Import_StatusWithoutTypeButClosedDate_IsDone()
    {
        using var input = Fixture.FromText("""[{"id":"t1","name":"Closed","status":{"status":"archived-ish"},"date_closed":"1773337510000"}]""");
        var result = ClickUpJsonImporter.Import(input, Options);
        Assert.Equal(WorkItemState.Done, Assert.Single(result.WorkItems).State);
        Assert.Empty(result.Report.UnknownStatuses);
    }

    [Fact]
    public void Import_TaskWithoutIdOrNotAnObject_IsSkippedWithItsPath()
    {
        using var input = Fixture.FromText("""{"tasks":[{"name":"No id"},42,{"id":"ok","name":"Fine","date_updated":"soon"}]}""");
        var result = ClickUpJsonImporter.Import(input, Options);
        Assert.Equal(2, result.Report.Skipped);
        Assert.Equal(["$.tasks[0]", "$.tasks[1]", "$.tasks[2]"], result.Report.Problems.Select(p => p.Location).ToArray());
        Assert.Contains("'id' ($.tasks[0].id)", result.Report.Problems[0].Reason, StringComparison.Ordinal);
        Assert.Contains("not a Unix time", result.Report.Problems[2].Reason, StringComparison.Ordinal);
        Assert.Null(Assert.Single(result.WorkItems).LastSyncedAt);
    }

    [Fact]
    public void Import_TruncatedJson_ThrowsWithPath()
    {
        using var input = Fixture.FromText("""{"tasks":[{"id":"a","name":"A"},{"id":"b","na""");
        var ex = Assert.Throws<ImportFormatException>(() => ClickUpJsonImporter.Import(input, Options));
        Assert.Equal("$.tasks[1]", ex.Location);
    }

    [Fact]
    public void Import_ClickUpErrorAnswer_ThrowsWithTheMessage()
    {
        using var input = Fixture.FromText("""{"err":"Token invalid","ECODE":"OAUTH_025"}""");
        var ex = Assert.Throws<ImportFormatException>(() => ClickUpJsonImporter.Import(input, Options));
        Assert.Contains("Token invalid (OAUTH_025)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ObjectThatIsNoTask_Throws()
    {
        using var input = Fixture.FromText("""{"lists":[]}""");
        Assert.Equal("$", Assert.Throws<ImportFormatException>(() => ClickUpJsonImporter.Import(input, Options)).Location);
    }

    [Fact]
    public void Import_UpdatesSyncThePlan()
    {
        var plan = List().AttachTo(Fixture.Plan());
        using var input = Fixture.FromText("""[{"id":"86a2","name":"Build the home page","status":{"status":"shipped","type":"closed"},"date_updated":"1774000000000","date_done":"1774000000000"}]""");
        var sync = PlanSync.Apply(plan, ClickUpJsonImporter.Import(input, Options).Updates);
        Assert.Equal(WorkItemState.Done, sync.Plan.FindWorkItem("clickup:86a2")!.State);
    }

    [Theory]
    [InlineData("""{"tasks":[],"last_page":true}""")]
    [InlineData("[]")]
    public void Import_EmptyListOrArray_IsAnEmptyResult(string json)
    {
        using var input = Fixture.FromText(json);
        var result = ClickUpJsonImporter.Import(input, Options);
        Assert.Empty(result.Initiatives);
        Assert.Equal(0, result.Report.RowsRead);
    }

    [Fact]
    public void Import_TasksNotAnArray_Throws()
    {
        using var input = Fixture.FromText("""{"tasks":{"id":"1"}}""");
        Assert.Equal("$.tasks", Assert.Throws<ImportFormatException>(() => ClickUpJsonImporter.Import(input, Options)).Location);
    }
}
