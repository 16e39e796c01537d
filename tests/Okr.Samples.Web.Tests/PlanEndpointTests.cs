using System.Net;
using Okr.Core.Scoring;
using static Okr.Samples.Web.Tests.Api;

namespace Okr.Samples.Web.Tests;

public sealed class PlanEndpointTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly HttpClient client = fixture.Client;

    [Fact]
    public async Task Seeded_ExamplePlan_IsServedWithETag()
    {
        using var response = await client.GetAsync("/plans/ai-coding");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(ETag(response)));
        var plan = OkrJson.Deserialize(await response.Content.ReadAsByteArrayAsync());
        Assert.NotNull(plan.FindObjective("obj-ai-python"));
    }

    [Fact]
    public async Task Put_NewThenReplace_201Then200WithNewETag()
    {
        using var created = await client.PutPlanAsync("put-new", Plans.Small());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var replaced = await client.PutPlanAsync("put-new", Plans.Small(title: "Ship it twice"));
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.NotEqual(ETag(created), ETag(replaced));
        Assert.Equal("Ship it twice", (await client.GetPlanAsync("put-new")).FindObjective("o1")!.Title);
    }

    [Fact]
    public async Task Put_StaleIfMatch_412AndPlanUnchanged()
    {
        using var first = await client.PutPlanAsync("put-stale", Plans.Small());
        using var second = await client.PutPlanAsync("put-stale", Plans.Small(title: "Second"), ETag(first));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);

        using var stale = await client.PutPlanAsync("put-stale", Plans.Small(title: "Lost update"), ETag(first));

        await AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal("Second", (await client.GetPlanAsync("put-stale")).FindObjective("o1")!.Title);
    }

    [Fact]
    public async Task Put_MalformedJson_400NamingThePathAndNothingStored()
    {
        using var response = await client.PutPlanAsync("put-malformed", "{\"schemaVersion\": 1, \"objectives\": [ {\"id\": ");

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var error = Assert.Single(Errors(problem));
        Assert.Equal("json.malformed", error.GetProperty("code").GetString());
        Assert.StartsWith("$.objectives[0]", error.GetProperty("path").GetString(), StringComparison.Ordinal);
        using var get = await client.GetAsync("/plans/put-malformed");
        await AssertProblemAsync(get, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Put_WrongType_400NamingThePath()
    {
        string json = Plans.Small().Replace("\"target\": 100", "\"target\": \"lots\"", StringComparison.Ordinal);
        using var response = await client.PutPlanAsync("put-wrong-type", json);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("$.objectives[0].keyResults[0].kind.target", Assert.Single(Errors(problem)).GetProperty("path").GetString());
    }

    [Fact]
    public async Task Put_DuplicateIds_422NamingTheItem()
    {
        using var response = await client.PutPlanAsync("put-duplicate", Plans.DuplicateIds);

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        var error = Assert.Single(Errors(problem));
        Assert.Equal("json.duplicate-id", error.GetProperty("code").GetString());
        Assert.Equal("o1", error.GetProperty("itemId").GetString());
    }

    [Fact]
    public async Task Put_InvalidPlan_422WithEveryErrorAndTheWarnings_AndTheOldPlanKept()
    {
        using var good = await client.PutPlanAsync("put-invalid", Plans.Small());
        using var response = await client.PutPlanAsync("put-invalid", Plans.TwoErrorsOneWarning);

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        var errors = Errors(problem).ToList();
        Assert.Equal(2, errors.Count(e => e.GetProperty("code").GetString() == "okr.kr.range-empty"));
        Assert.Contains(errors, e => e.GetProperty("itemId").GetString() == "k1");
        Assert.Contains(errors, e => e.GetProperty("itemId").GetString() == "k2");
        Assert.Contains(problem.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("itemId").GetString() == "o2");
        using var get = await client.GetAsync("/plans/put-invalid");
        Assert.Equal(ETag(good), ETag(get));
    }

    [Fact]
    public async Task Put_WarningsOnly_StoredWithTheWarningsReported()
    {
        using var response = await client.PutPlanAsync("put-warnings", Plans.WarningOnly);

        var body = await JsonAsync(response);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains(body.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "okr.objective.no-key-results" && w.GetProperty("itemId").GetString() == "o1");
    }

    [Fact]
    public async Task Scorecard_TodayFromTheClock_EqualsTheLibrarysScorecard()
    {
        var plan = await client.GetPlanAsync("ai-coding");
        string expected = OkrJson.Serialize(OkrScorer.Score(plan, DateOnly.FromDateTime(WebHost.Now.UtcDateTime)));

        Assert.Equal(expected, await client.GetStringAsync("/plans/ai-coding/scorecard"));
        Assert.Equal(OkrJson.Serialize(OkrScorer.Score(plan, new DateOnly(2026, 4, 30))), await client.GetStringAsync("/plans/ai-coding/scorecard?asOf=2026-04-30"));
    }

    [Fact]
    public async Task Scorecard_BadAsOfOrUnknownPlan_Problems()
    {
        using var bad = await client.GetAsync("/plans/ai-coding/scorecard?asOf=20-05-2026");
        Assert.Equal("asOf", Assert.Single(Errors(await AssertProblemAsync(bad, HttpStatusCode.BadRequest))).GetProperty("path").GetString());
        using var missing = await client.GetAsync("/plans/no-such-plan/scorecard");
        await AssertProblemAsync(missing, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Explanation_KnownItem_SaysWhyAndListsContributions()
    {
        var explanation = await JsonAsync(await client.GetAsync("/plans/ai-coding/items/obj-company/explanation?asOf=2026-05-20"));

        Assert.Equal("obj-company", explanation.GetProperty("id").GetString());
        Assert.False(string.IsNullOrWhiteSpace(explanation.GetProperty("summary").GetString()));
        Assert.NotEmpty(explanation.GetProperty("contributions").EnumerateArray());
        var plan = await client.GetPlanAsync("ai-coding");
        Assert.Equal(OkrScorer.Score(plan, new DateOnly(2026, 5, 20))["obj-company"].Progress!.Value.Percent, explanation.GetProperty("progressPercent").GetDecimal());
    }

    [Fact]
    public async Task Explanation_UnknownItemOrPlan_404()
    {
        using var item = await client.GetAsync("/plans/ai-coding/items/nope/explanation");
        Assert.Equal("nope", Assert.Single(Errors(await AssertProblemAsync(item, HttpStatusCode.NotFound))).GetProperty("itemId").GetString());
        using var plan = await client.GetAsync("/plans/nope/items/obj-company/explanation");
        await AssertProblemAsync(plan, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Dashboard_ShowsEveryObjectiveAndFollowsCheckIns()
    {
        await client.PutPlanAsync("dash", Plans.Small(title: "Dashboard objective"));
        string before = await client.GetStringAsync("/plans/dash/dashboard");
        Assert.Contains("Dashboard objective", before, StringComparison.Ordinal);

        using var checkIn = await client.CheckInAsync("dash", "k1", "{\"value\": 37}");
        Assert.Equal(HttpStatusCode.Created, checkIn.StatusCode);
        string after = await client.GetStringAsync("/plans/dash/dashboard");

        Assert.DoesNotContain("37%", before, StringComparison.Ordinal);
        Assert.Contains("37%", after, StringComparison.Ordinal);
        var plan = await client.GetPlanAsync("ai-coding");
        string example = await client.GetStringAsync("/plans/ai-coding/dashboard");
        Assert.All(plan.Objectives, o => Assert.Contains(System.Net.WebUtility.HtmlEncode(o.Title), example, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenApiAndHealth_DescribeEveryEndpoint()
    {
        string openApi = await client.GetStringAsync("/openapi/v1.json");
        foreach (string path in new[]
                 {
                     "/plans/{planId}", "/plans/{planId}/scorecard", "/plans/{planId}/items/{itemId}/explanation", "/plans/{planId}/key-results/{keyResultId}/check-ins",
                     "/plans/{planId}/webhooks/jira", "/plans/{planId}/webhooks/asana", "/plans/{planId}/webhooks/clickup", "/plans/{planId}/imports",
                     "/plans/{planId}/dashboard", "/health",
                 })
        {
            Assert.Contains("\"" + path + "\"", openApi, StringComparison.Ordinal);
        }

        Assert.Equal("healthy", (await JsonAsync(await client.GetAsync("/health"))).GetProperty("status").GetString());
    }
}
