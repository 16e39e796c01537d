namespace Okr.Core.Integrations.Tests;

public sealed class MondayJsonImporterTests
{
    private static readonly MondayImportOptions Options = new() { KeyResultId = "kr-1" };

    private static ImportResult Boards(MondayImportOptions? options = null)
    {
        using var file = Fixture.Open("monday-items-page.json");
        return MondayJsonImporter.Import(file, options ?? Options);
    }

    [Fact]
    public void Import_Boards_CountsItemsAndSubitemsAndReportsTheSkippedOneByPath()
    {
        var result = Boards();
        Assert.Equal(9, result.Report.RowsRead);
        Assert.Equal(8, result.Report.Imported);
        Assert.Equal(1, result.Report.Skipped);
        var skipped = Assert.Single(result.Report.Problems, p => p.Severity == ImportProblemSeverity.Error);
        Assert.Equal("$.data.boards[0].items_page.items[4]", skipped.Location);
        Assert.Contains("'id' ($.data.boards[0].items_page.items[4].id)", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Boards_GroupsByBoardGroupWithSubitemsUnderTheirParent()
    {
        var result = Boards();
        Assert.Equal(["monday:4001/topics", "monday:4001/new_group", "kr-1/monday", "monday:4002/topics"], result.Initiatives.Select(i => i.Id).ToArray());
        Assert.Equal(["Launch", "Later", "Imported from monday.com", "Launch"], result.Initiatives.Select(i => i.Title).ToArray());
        Assert.Equal(["7001", "7002", "7101", "7102"], result.Initiatives[0].WorkItems.Select(w => w.Link!.Key).ToArray());
        Assert.Equal("7201", Assert.Single(result.Initiatives[3].WorkItems).Link!.Key);
    }

    [Fact]
    public void Import_GroupByBoard_GivesOneInitiativePerBoard()
    {
        var result = Boards(Options with { GroupByBoard = true });
        Assert.Equal(["monday:4001", "monday:4002"], result.Initiatives.Select(i => i.Id).ToArray());
        Assert.Equal(7, result.Initiatives[0].WorkItems.Length);
        Assert.Equal("Q2 roadmap", result.Initiatives[0].Title);
    }

    [Fact]
    public void Import_Boards_ReadsStatusDateTimelinePeopleAndDependencyColumns()
    {
        var items = Boards().WorkItems.ToDictionary(w => w.Link!.Key);
        var done = items["7001"];
        Assert.Equal(WorkItemState.Done, done.State);
        Assert.Equal(new DateOnly(2026, 3, 12), done.CompletedOn);
        Assert.Equal(new DateOnly(2026, 3, 13), done.Due);
        Assert.Equal("Ravi Kumar", done.Assignee);
        Assert.Equal(new DateTimeOffset(2026, 3, 12, 17, 45, 10, TimeSpan.Zero), done.LastSyncedAt);
        Assert.Equal(new Uri("https://example.monday.com/boards/4001/pulses/7001"), done.Link!.Url);

        var checkout = items["7002"];
        Assert.Equal(WorkItemState.InProgress, checkout.State);
        Assert.Equal(new DateOnly(2026, 4, 1), checkout.Start);
        Assert.Equal(new DateOnly(2026, 4, 30), checkout.Due);
        Assert.Equal(["monday:7001"], checkout.DependsOn.ToArray());

        Assert.Equal(WorkItemState.Blocked, items["7101"].State);
        Assert.Equal(WorkItemState.NotStarted, items["7003"].State);
        Assert.Equal(new DateOnly(2026, 5, 1), items["7003"].Start);
        Assert.Equal(new DateOnly(2026, 5, 31), items["7003"].Due);

        // The old API's status column type "color", found by type because its id is not "status".
        Assert.Equal(WorkItemState.Done, items["7201"].State);
    }

    [Fact]
    public void Import_UnknownLabelBadValueAndMissingColumns_AreWarningsWithTheirPaths()
    {
        var result = Boards();
        Assert.Equal(["Waiting for legal"], result.Report.UnknownStatuses.ToArray());
        var warnings = result.Report.Problems.Where(p => p.Severity == ImportProblemSeverity.Warning).ToList();
        Assert.Contains(warnings, w => w.Key == "7102" && w.Location == "$.data.boards[0].items_page.items[1].subitems[1]");
        Assert.Contains(warnings, w => w.Key == "7004" && w.Location == "$.data.boards[0].items_page.items[3].column_values[0].value");
        Assert.Contains(warnings, w => w.Key == "7004" && w.Reason.Contains("'next week' in $.data.boards[0].items_page.items[3].column_values[1]", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Key == "7006" && w.Reason.Contains("($.data.boards[0].items_page.items[5].column_values)", StringComparison.Ordinal));

        var broken = result.WorkItems.Single(w => w.Link!.Key == "7004");
        Assert.Equal(WorkItemState.Done, broken.State);
        Assert.Null(broken.CompletedOn);
        Assert.Null(broken.Due);
        Assert.Equal(WorkItemState.NotStarted, result.WorkItems.Single(w => w.Link!.Key == "7102").State);
    }

    [Fact]
    public void Import_ConfiguredColumnIds_AreUsed()
    {
        const string json = """
            {"data":{"items":[{"id":"1","name":"Custom ids","board":{"id":"9","name":"B"},"group":{"id":"g","title":"G"},"column_values":[
              {"id":"status","type":"status","text":"Stuck"},
              {"id":"status_1","type":"status","text":"Done","is_done":true},
              {"id":"date4","type":"date","text":"2026-06-01","value":"{\"date\":\"2026-06-02\"}"},
              {"id":"date","type":"date","text":"2026-01-01"},
              {"id":"owner","type":"people","text":"Ada"}]}]}}
            """;
        using var input = Fixture.FromText(json);
        var options = Options with { Columns = new MondayColumns { Status = "status_1", Date = "date4", People = "owner" } };
        var result = MondayJsonImporter.Import(input, options);
        var item = Assert.Single(result.WorkItems);
        Assert.Equal(WorkItemState.Done, item.State);
        Assert.Equal(new DateOnly(2026, 6, 2), item.Due);
        Assert.Equal("Ada", item.Assignee);
        Assert.Equal("monday:9/g", Assert.Single(result.Initiatives).Id);
    }

    [Fact]
    public void Import_TwoColumnsOfTheTypeAndNoneWithTheId_ReadsNeither()
    {
        const string json = """
            {"data":{"items":[{"id":"1","name":"Ambiguous","column_values":[
              {"id":"status_a","type":"status","text":"Done"},{"id":"status_b","type":"status","text":"Stuck"}]}]}}
            """;
        using var input = Fixture.FromText(json);
        var result = MondayJsonImporter.Import(input, Options);
        Assert.Equal(WorkItemState.NotStarted, Assert.Single(result.WorkItems).State);
        Assert.Contains("no status column 'status' in $.data.items[0].column_values", Assert.Single(result.Report.Problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_GraphQlErrorsWithoutData_Throw()
    {
        using var input = Fixture.FromText("""{"errors":[{"message":"Field 'itemz' doesn't exist on type 'Board'","locations":[{"line":1,"column":20}]}],"account_id":1}""");
        var ex = Assert.Throws<ImportFormatException>(() => MondayJsonImporter.Import(input, Options));
        Assert.Equal("$.errors", ex.Location);
        Assert.Contains("itemz", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ErrorsNextToData_AreWarnings()
    {
        using var input = Fixture.FromText("""{"data":{"items":[{"id":"1","name":"One","column_values":[]}]},"errors":[{"message":"Complexity budget low"}]}""");
        var result = MondayJsonImporter.Import(input, Options);
        Assert.Single(result.WorkItems);
        Assert.Contains(result.Report.Problems, p => p.Location == "$.errors[0]" && p.Reason.Contains("Complexity budget low", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_DataWithoutBoardsOrItems_Throws()
    {
        using var input = Fixture.FromText("""{"data":{"me":{"id":"1"}}}""");
        Assert.Equal("$.data", Assert.Throws<ImportFormatException>(() => MondayJsonImporter.Import(input, Options)).Location);
    }

    [Fact]
    public void Import_TruncatedJson_ThrowsWithPath()
    {
        using var input = Fixture.FromText("""{"data":{"boards":[{"id":"1","items_page":{"items":[{"id":"7","name":"Cut""");
        var ex = Assert.Throws<ImportFormatException>(() => MondayJsonImporter.Import(input, Options));
        Assert.Equal("$.data", ex.Location);
    }

    [Fact]
    public void Import_RootArrayOfItems_IsStreamed()
    {
        using var input = Fixture.FromText("""[{"id":"1","name":"A","column_values":[{"id":"status","type":"status","text":"Done"}]},{"id":"2"}]""");
        var result = MondayJsonImporter.Import(input, Options);
        Assert.Equal(WorkItemState.Done, Assert.Single(result.WorkItems).State);
        Assert.Equal("$[1]", Assert.Single(result.Report.Problems, p => p.Severity == ImportProblemSeverity.Error).Location);
    }

    [Theory]
    [InlineData("""{"data":{"boards":[{"id":"1","name":"Empty","items_page":{"cursor":null,"items":[]}}]}}""")]
    [InlineData("[]")]
    public void Import_EmptyPageOrArray_IsAnEmptyResult(string json)
    {
        using var input = Fixture.FromText(json);
        var result = MondayJsonImporter.Import(input, Options);
        Assert.Empty(result.Initiatives);
        Assert.Equal(0, result.Report.RowsRead);
        Assert.Empty(result.Report.Problems);
    }

    [Fact]
    public void Import_SkippedItem_StillReadsItsSubitemsInItsGroup()
    {
        const string json = """
            {"data":{"items":[{"id":"1","name":"  ","board":{"id":"9"},"group":{"id":"g","title":"G"},
              "subitems":[{"id":"11","name":"Child","column_values":[{"id":"status","type":"status","text":"Done"}]}]}]}}
            """;
        using var input = Fixture.FromText(json);
        var result = MondayJsonImporter.Import(input, Options);
        Assert.Equal(2, result.Report.RowsRead);
        Assert.Equal(1, result.Report.Skipped);
        Assert.Equal("$.data.items[0]", Assert.Single(result.Report.Problems).Location);
        var group = Assert.Single(result.Initiatives);
        Assert.Equal("monday:9/g", group.Id);
        Assert.Equal("Child", Assert.Single(group.WorkItems).Title);
    }
}
