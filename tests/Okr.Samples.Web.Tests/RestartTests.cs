using System.Net;

namespace Okr.Samples.Web.Tests;

/// <summary>Stop the host, start a new one on the same database file: the same plan, ETag and scorecard.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task Restart_SameDatabase_SameScorecardAndETag()
    {
        var first = new WebHost();
        string scorecard;
        string? etag;
        try
        {
            using (var client = first.CreateClient())
            {
                await client.PutPlanAsync("durable", Plans.Small());
                for (int i = 1; i <= 5; i++)
                {
                    using var response = await client.CheckInAsync("durable", "k1", $"{{\"value\": {i * 10}}}");
                    Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                }

                scorecard = await client.GetStringAsync("/plans/durable/scorecard");
                using var get = await client.GetAsync("/plans/durable");
                etag = get.Headers.ETag?.Tag;
            }

            await first.DisposeAsync();

            await using var second = new WebHost(first.Database);
            using var again = second.CreateClient();
            Assert.Equal(scorecard, await again.GetStringAsync("/plans/durable/scorecard"));
            using var reloaded = await again.GetAsync("/plans/durable");
            Assert.Equal(etag, reloaded.Headers.ETag?.Tag);
            Assert.Equal(5, OkrJson.Deserialize(await reloaded.Content.ReadAsByteArrayAsync()).FindKeyResult("k1")!.CheckIns.Length);
        }
        finally
        {
            first.DeleteDatabase();
        }
    }
}
