using System.Net;
using static Okr.Samples.Web.Tests.Api;

namespace Okr.Samples.Web.Tests;

public sealed class CheckInEndpointTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly HttpClient client = fixture.Client;

    private async Task<string> NewPlanAsync(string planId)
    {
        using var response = await client.PutPlanAsync(planId, Plans.Small());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ETag(response);
    }

    [Fact]
    public async Task Post_Valid_201WithTheNewNumbersAndKeptInThePlan()
    {
        await NewPlanAsync("ci-valid");

        using var response = await client.CheckInAsync("ci-valid", "k1", "{\"at\": \"2026-05-01T10:00:00+02:00\", \"value\": 40, \"confidence\": 0.6, \"note\": \"on our way\"}");

        var body = await JsonAsync(response);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(40m, body.GetProperty("progressPercent").GetDecimal());
        var checkIn = Assert.Single((await client.GetPlanAsync("ci-valid")).FindKeyResult("k1")!.CheckIns);
        Assert.Equal(40m, checkIn.Value);
        Assert.Equal(0.6m, checkIn.Confidence);
        Assert.Equal("on our way", checkIn.Note);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.FromHours(2)), checkIn.At);
    }

    [Fact]
    public async Task Post_StaleIfMatch_412AndNothingAppended_CurrentIfMatch_201()
    {
        string first = await NewPlanAsync("ci-etag");
        using var one = await client.CheckInAsync("ci-etag", "k1", "{\"value\": 10}", first);
        Assert.Equal(HttpStatusCode.Created, one.StatusCode);

        using var stale = await client.CheckInAsync("ci-etag", "k1", "{\"value\": 20}", first);
        await AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        using var current = await client.CheckInAsync("ci-etag", "k1", "{\"value\": 30}", ETag(one));

        Assert.Equal(HttpStatusCode.Created, current.StatusCode);
        Assert.Equal([10m, 30m], (await client.GetPlanAsync("ci-etag")).FindKeyResult("k1")!.CheckIns.Select(c => c.Value));
    }

    [Fact]
    public async Task Post_FiftyInParallel_AllKept()
    {
        await NewPlanAsync("ci-parallel");

        var responses = await Task.WhenAll(Enumerable.Range(1, 50).Select(i => client.CheckInAsync("ci-parallel", "k1", $"{{\"value\": {i}}}")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(50, responses.Select(ETag).Distinct().Count());
        var values = (await client.GetPlanAsync("ci-parallel")).FindKeyResult("k1")!.CheckIns.Select(c => c.Value).Order();
        Assert.Equal(Enumerable.Range(1, 50).Select(i => (decimal)i), values);
        foreach (var r in responses)
        {
            r.Dispose();
        }
    }

    [Fact]
    public async Task Post_UnknownPlanOrKeyResult_404()
    {
        await NewPlanAsync("ci-404");
        using var plan = await client.CheckInAsync("ci-nope", "k1", "{\"value\": 1}");
        await AssertProblemAsync(plan, HttpStatusCode.NotFound);
        using var item = await client.CheckInAsync("ci-404", "o1", "{\"value\": 1}");
        Assert.Equal("o1", Assert.Single(Errors(await AssertProblemAsync(item, HttpStatusCode.NotFound))).GetProperty("itemId").GetString());
    }

    [Theory]
    [InlineData("{\"value\": ", HttpStatusCode.BadRequest, "$")]
    [InlineData("{\"value\": \"ten\"}", HttpStatusCode.BadRequest, "$.value")]
    [InlineData("{\"note\": \"no value\"}", HttpStatusCode.BadRequest, "$.value")]
    [InlineData("{\"value\": 1, \"colour\": \"red\"}", HttpStatusCode.BadRequest, "$")]
    [InlineData("{\"value\": 1, \"confidence\": 3}", HttpStatusCode.UnprocessableEntity, "$.confidence")]
    [InlineData("{\"value\": 1, \"at\": \"2027-01-01T00:00:00Z\"}", HttpStatusCode.UnprocessableEntity, "At")]
    public async Task Post_BadInput_ProblemNamingThePath_AndNothingAppended(string json, HttpStatusCode status, string pathStart)
    {
        string planId = "ci-bad-" + Guid.NewGuid().ToString("N")[..8];
        string etag = await NewPlanAsync(planId);

        using var response = await client.CheckInAsync(planId, "k1", json);

        var problem = await AssertProblemAsync(response, status);
        Assert.StartsWith(pathStart, Assert.Single(Errors(problem)).GetProperty("path").GetString(), StringComparison.Ordinal);
        using var get = await client.GetAsync("/plans/" + planId);
        Assert.Equal(etag, ETag(get));
    }
}
