using System.Net;
using System.Text;
using static Okr.Samples.Web.Tests.Api;

namespace Okr.Samples.Web.Tests;

public sealed class WebhookAndImportTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private const string JiraCsv = """
        Issue key,Issue id,Summary,Issue Type,Status,Updated
        WEB-1,10001,Build the home page,Story,In Progress,2026-03-01T10:00:00Z
        WEB-2,10002,Write the copy,Story,To Do,2026-03-01T10:00:00Z
        """;

    private readonly HttpClient client = fixture.Client;

    private static string JiraWebhook(string key, string status, string category, DateTimeOffset at) => $$$"""
        {"timestamp": {{{at.ToUnixTimeMilliseconds()}}}, "webhookEvent": "jira:issue_updated",
         "issue": {"key": "{{{key}}}", "fields": {"summary": "Build the home page", "issuetype": {"name": "Story"},
           "status": {"name": "{{{status}}}", "statusCategory": {"key": "{{{category}}}"} } } } }
        """;

    private async Task<HttpResponseMessage> PostAsync(string url, string body, string mediaType = "application/json") =>
        await client.PostAsync(url, new StringContent(body, Encoding.UTF8, mediaType));

    private async Task ImportJiraAsync(string planId)
    {
        using var put = await client.PutPlanAsync(planId, Plans.Small());
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        var report = await JsonAsync(await PostAsync($"/plans/{planId}/imports?from=jira-csv&keyResult=k1", JiraCsv, "text/csv"));
        Assert.Equal(2, report.GetProperty("imported").GetInt32());
    }

    [Fact]
    public async Task Import_JiraCsv_AttachesTasksAndReports()
    {
        await ImportJiraAsync("imp-jira");

        var plan = await client.GetPlanAsync("imp-jira");
        Assert.Equal(["WEB-1", "WEB-2"], plan.FindKeyResult("k1")!.Initiatives.SelectMany(i => i.WorkItems).Select(w => w.Link!.Key).Order());
    }

    [Fact]
    public async Task Import_BadRequests_ProblemsAndPlanUnchanged()
    {
        using var put = await client.PutPlanAsync("imp-bad", Plans.Small());
        string etag = ETag(put);

        using var format = await PostAsync("/plans/imp-bad/imports?from=excel&keyResult=k1", JiraCsv);
        Assert.Equal("from", Assert.Single(Errors(await AssertProblemAsync(format, HttpStatusCode.BadRequest))).GetProperty("path").GetString());
        using var noKr = await PostAsync("/plans/imp-bad/imports?from=jira-csv", JiraCsv);
        await AssertProblemAsync(noKr, HttpStatusCode.BadRequest);
        using var unknownKr = await PostAsync("/plans/imp-bad/imports?from=jira-csv&keyResult=nope", JiraCsv);
        await AssertProblemAsync(unknownKr, HttpStatusCode.NotFound);
        using var noPlan = await PostAsync("/plans/imp-none/imports?from=jira-csv&keyResult=k1", JiraCsv);
        await AssertProblemAsync(noPlan, HttpStatusCode.NotFound);
        using var malformed = await PostAsync("/plans/imp-bad/imports?from=jira-csv&keyResult=k1", "Summary,Status\nNo key column,Done\n");
        await AssertProblemAsync(malformed, HttpStatusCode.BadRequest);
        using var tooLarge = await PostAsync("/plans/imp-bad/imports?from=jira-csv&keyResult=k1", JiraCsv + new string('x', 2 * 1024 * 1024));
        await AssertProblemAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge);

        using var get = await client.GetAsync("/plans/imp-bad");
        Assert.Equal(etag, ETag(get));
    }

    [Fact]
    public async Task JiraWebhook_Applied_ReplayChangesNothing_OlderNeverWins()
    {
        await ImportJiraAsync("hook-jira");
        var at = new DateTimeOffset(2026, 3, 20, 10, 0, 0, TimeSpan.Zero);

        using var first = await PostAsync("/plans/hook-jira/webhooks/jira", JiraWebhook("WEB-1", "Done", "done", at));
        var applied = await JsonAsync(first);
        Assert.Equal(1, applied.GetProperty("applied").GetInt32());
        string afterFirst = await client.GetStringAsync("/plans/hook-jira");

        using var replay = await PostAsync("/plans/hook-jira/webhooks/jira", JiraWebhook("WEB-1", "Done", "done", at));
        Assert.Equal(0, (await JsonAsync(replay)).GetProperty("applied").GetInt32());
        Assert.Equal(ETag(first), ETag(replay));
        using var older = await PostAsync("/plans/hook-jira/webhooks/jira", JiraWebhook("WEB-1", "To Do", "new", at.AddDays(-5)));
        var stale = await JsonAsync(older);

        Assert.Equal(0, stale.GetProperty("applied").GetInt32());
        Assert.Equal("Stale", Assert.Single(stale.GetProperty("skipped").EnumerateArray()).GetProperty("reason").GetString());
        Assert.Equal(afterFirst, await client.GetStringAsync("/plans/hook-jira"));
        var task = (await client.GetPlanAsync("hook-jira")).WorkItems.Single(w => w.Link!.Key == "WEB-1");
        Assert.Equal(WorkItemState.Done, task.State);
    }

    [Fact]
    public async Task AsanaAndClickUpWebhooks_TaskPayloads_AppliedOnceNewer()
    {
        using var put = await client.PutPlanAsync("hook-tools", Plans.Small());
        string asana(bool done, string modified) =>
            $$$"""{"data": {"gid": "1201", "name": "Write the survey", "completed": {{{(done ? "true" : "false")}}}, "modified_at": "{{{modified}}}"}}""";
        string clickUp(string status, string type, long updated) =>
            $$$"""{"id": "86a1", "name": "Design the page", "status": {"status": "{{{status}}}", "type": "{{{type}}}"}, "date_updated": "{{{updated}}}", "list": {"id": "9001", "name": "Web"}}""";
        await JsonAsync(await PostAsync("/plans/hook-tools/imports?from=asana-json&keyResult=k1", asana(false, "2026-04-01T10:00:00Z")));
        await JsonAsync(await PostAsync("/plans/hook-tools/imports?from=clickup-json&keyResult=k1", clickUp("in progress", "custom", 1775037600000)));

        var asanaDone = await JsonAsync(await PostAsync("/plans/hook-tools/webhooks/asana", asana(true, "2026-04-10T10:00:00Z")));
        var asanaReplay = await JsonAsync(await PostAsync("/plans/hook-tools/webhooks/asana", asana(true, "2026-04-10T10:00:00Z")));
        var clickUpDone = await JsonAsync(await PostAsync("/plans/hook-tools/webhooks/clickup", clickUp("complete", "closed", 1775901600000)));

        Assert.Equal(1, asanaDone.GetProperty("applied").GetInt32());
        Assert.Equal(0, asanaReplay.GetProperty("applied").GetInt32());
        Assert.Equal(1, clickUpDone.GetProperty("applied").GetInt32());
        Assert.All((await client.GetPlanAsync("hook-tools")).WorkItems, w => Assert.Equal(WorkItemState.Done, w.State));
    }

    [Fact]
    public async Task Webhooks_BadPayloads_ProblemsAndNothingChanged()
    {
        await ImportJiraAsync("hook-bad");
        using var get = await client.GetAsync("/plans/hook-bad");

        using var malformed = await PostAsync("/plans/hook-bad/webhooks/jira", "{\"issue\": {");
        await AssertProblemAsync(malformed, HttpStatusCode.BadRequest);
        using var idsOnly = await PostAsync("/plans/hook-bad/webhooks/clickup", "{\"event\": \"taskUpdated\", \"task_id\": \"x\"}");
        await AssertProblemAsync(idsOnly, HttpStatusCode.BadRequest);
        using var noIssue = await PostAsync("/plans/hook-bad/webhooks/jira", "{\"webhookEvent\": \"jira:issue_updated\", \"timestamp\": 1774000000000}");
        await AssertProblemAsync(noIssue, HttpStatusCode.UnprocessableEntity);
        using var noPlan = await PostAsync("/plans/hook-none/webhooks/jira", JiraWebhook("WEB-1", "Done", "done", DateTimeOffset.UnixEpoch.AddYears(56)));
        await AssertProblemAsync(noPlan, HttpStatusCode.NotFound);

        using var after = await client.GetAsync("/plans/hook-bad");
        Assert.Equal(ETag(get), ETag(after));
    }
}
