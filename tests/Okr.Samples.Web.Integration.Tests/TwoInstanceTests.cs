using System.Net;

namespace Okr.Samples.Web.Tests;

/// <summary>Two app instances on one PostgreSQL database: neither loses the other's check-ins, and ETags hold across them.</summary>
public sealed class TwoInstanceTests
{
    [Fact]
    public async Task CheckInsThroughBothInstancesAtOnce_NoneLost_BothAgree()
    {
        var a = new WebHost();
        try
        {
            await using var b = new WebHost(a.Database);
            using var clientA = a.CreateClient();
            using var clientB = b.CreateClient();
            using (var put = await clientA.PutPlanAsync("shared", Plans.Small()))
            {
                Assert.Equal(HttpStatusCode.Created, put.StatusCode);
            }

            var responses = await Task.WhenAll(Enumerable.Range(1, 200).Select(i => (i % 2 == 0 ? clientA : clientB).CheckInAsync("shared", "k1", $"{{\"value\": {i}}}")));

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
            Assert.Equal(200, responses.Select(Api.ETag).Distinct().Count());
            var expected = Enumerable.Range(1, 200).Select(i => (decimal)i);
            Assert.Equal(expected, (await clientA.GetPlanAsync("shared")).FindKeyResult("k1")!.CheckIns.Select(c => c.Value).Order());
            Assert.Equal(expected, (await clientB.GetPlanAsync("shared")).FindKeyResult("k1")!.CheckIns.Select(c => c.Value).Order());
            Assert.Equal(await clientA.GetStringAsync("/plans/shared/scorecard"), await clientB.GetStringAsync("/plans/shared/scorecard"));
            foreach (var r in responses)
            {
                r.Dispose();
            }
        }
        finally
        {
            await a.DisposeAsync();
            a.DeleteDatabase();
        }
    }

    [Fact]
    public async Task ETagFromOneInstance_StaleAfterTheOthersCheckIn_412()
    {
        var a = new WebHost();
        try
        {
            await using var b = new WebHost(a.Database);
            using var clientA = a.CreateClient();
            using var clientB = b.CreateClient();
            using var put = await clientA.PutPlanAsync("etags", Plans.Small());
            using var viaB = await clientB.CheckInAsync("etags", "k1", "{\"value\": 5}", Api.ETag(put));
            Assert.Equal(HttpStatusCode.Created, viaB.StatusCode);

            using var staleViaA = await clientA.CheckInAsync("etags", "k1", "{\"value\": 6}", Api.ETag(put));

            await Api.AssertProblemAsync(staleViaA, HttpStatusCode.PreconditionFailed);
            Assert.Equal([5m], (await clientA.GetPlanAsync("etags")).FindKeyResult("k1")!.CheckIns.Select(c => c.Value));
        }
        finally
        {
            await a.DisposeAsync();
            a.DeleteDatabase();
        }
    }

    [Fact]
    public void PostgresIsTheStoreHere() => Assert.NotNull(WebHost.Postgres);
}
