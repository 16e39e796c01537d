namespace Okr.Core.Integrations.Tests;

public sealed class JiraJsonImporterTests
{
    private static readonly JiraImportOptions Options = new() { KeyResultId = "kr-1" };

    private static ImportResult Search()
    {
        using var file = Fixture.Open("jira-search.json");
        return JiraJsonImporter.Import(file, Options);
    }

    [Fact]
    public void Import_SearchResponse_ReadsIssuesAndCountsEveryOne()
    {
        var result = Search();
        Assert.Equal(4, result.Report.RowsRead);
        Assert.Equal(2, result.Report.Imported);
        Assert.Equal(1, result.Report.Structural);
        Assert.Equal(1, result.Report.Skipped);
        var skipped = Assert.Single(result.Report.Problems, p => p.Severity == ImportProblemSeverity.Error);
        Assert.Equal("$.issues[3]", skipped.Location);
        Assert.Equal("WEB-4", skipped.Key);
    }

    [Fact]
    public void Import_SearchResponse_MapsStatusCategoryKeyDatesAndParent()
    {
        var result = Search();
        var epic = Assert.Single(result.Initiatives);
        Assert.Equal("jira:WEB-1", epic.Id);
        var items = epic.WorkItems.ToDictionary(w => w.Link!.Key);
        Assert.Equal(WorkItemState.Done, items["WEB-2"].State);
        Assert.Equal(new DateOnly(2026, 3, 12), items["WEB-2"].CompletedOn);
        Assert.Equal(8m, items["WEB-2"].Effort);
        Assert.Equal(new DateTimeOffset(2026, 3, 12, 17, 45, 10, 123, TimeSpan.FromHours(1)), items["WEB-2"].LastSyncedAt);
        Assert.Equal(WorkItemState.InProgress, items["WEB-3"].State);
        Assert.Equal(TimeSpan.FromHours(-8), items["WEB-3"].LastSyncedAt!.Value.Offset);
        Assert.Equal(new DateOnly(2026, 4, 15), items["WEB-3"].Due);
        Assert.Equal(["jira:WEB-2"], items["WEB-3"].DependsOn.ToArray());
        Assert.Equal(new Uri("https://example.atlassian.net/browse/WEB-2"), items["WEB-2"].Link!.Url);
        Assert.Equal("Design the new home page, \"hero\" first", items["WEB-2"].Title);
    }

    [Fact]
    public void Import_Webhook_GivesAnUpdateThatSyncsThePlan()
    {
        var plan = Search().AttachTo(Fixture.Plan());
        using var file = Fixture.Open("jira-webhook-updated.json");
        var webhook = JiraJsonImporter.Import(file, Options);
        var update = Assert.Single(webhook.Updates);
        Assert.Equal("WEB-3", update.Key);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1774000000000), update.At);

        var sync = PlanSync.Apply(plan, webhook.Updates);
        Assert.Equal(WorkItemState.Done, sync.Plan.FindWorkItem("jira:WEB-3")!.State);
        Assert.Equal(CheckInSource.Integration, Assert.Single(sync.Report.CheckIns).CheckIn.Source);
    }

    [Fact]
    public void Import_RootArrayOfIssues_IsAccepted()
    {
        using var input = Fixture.FromText("""[{"key":"A-1","fields":{"summary":"One","status":{"name":"Done"}}},{"key":"A-2","fields":{"summary":"Two"}}]""");
        var result = JiraJsonImporter.Import(input, Options);
        Assert.Equal(2, result.Report.Imported);
        Assert.Equal(WorkItemState.Done, result.WorkItems.First().State);
    }

    [Fact]
    public void Import_SingleIssueObject_IsAccepted()
    {
        using var input = Fixture.FromText("""{"id":"1","key":"S-1","fields":{"summary":"Solo","status":{"name":"In Progress"}}}""");
        var item = Assert.Single(JiraJsonImporter.Import(input, Options).WorkItems);
        Assert.Equal(WorkItemState.InProgress, item.State);
    }

    [Fact]
    public void Import_TruncatedJson_ThrowsWithPath()
    {
        using var input = Fixture.FromText("""{"issues":[{"key":"T-1","fields":{"summary":"x"}},{"key":"T-2","fie""");
        var ex = Assert.Throws<ImportFormatException>(() => JiraJsonImporter.Import(input, Options));
        Assert.Equal("$.issues[1]", ex.Location);
    }

    [Fact]
    public void Import_ManyIssuesThroughASmallChunkedStream_ReadsThemAll()
    {
        // Values straddle the read buffer: the streaming reader must resume mid-value.
        var sb = new System.Text.StringBuilder("{\"issues\":[");
        for (int i = 0; i < 3000; i++)
        {
            sb.Append(i == 0 ? "" : ",").Append("{\"key\":\"K-").Append(i).Append("\",\"fields\":{\"summary\":\"Issue ").Append(i)
              .Append(" with some padding text to make it longer\",\"status\":{\"name\":\"Done\",\"statusCategory\":{\"key\":\"done\"}}}}");
        }

        sb.Append("],\"total\":3000}");
        using var input = new TrickleStream(System.Text.Encoding.UTF8.GetBytes(sb.ToString()), 997);
        var result = JiraJsonImporter.Import(input, Options);
        Assert.Equal(3000, result.Report.Imported);
        Assert.Empty(result.Report.Problems);
    }

    /// <summary>A stream that returns at most a few bytes per read, as a network stream may.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));
    }
}
