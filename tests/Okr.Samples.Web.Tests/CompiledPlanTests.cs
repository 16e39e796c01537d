using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Okr.Samples.Web.Plans;

namespace Okr.Samples.Web.Tests;

/// <summary>The plans the service keeps are compiled for scoring once, when loaded or replaced, and stay so.</summary>
public sealed class CompiledPlanTests
{
    [Fact]
    public async Task CachedPlan_PutCheckedInAndReloaded_IsCompiledForScoring()
    {
        var first = new WebHost();
        try
        {
            using (var client = first.CreateClient())
            {
                using var put = await client.PutPlanAsync("compiled", Plans.Small());
                Assert.Equal(HttpStatusCode.Created, put.StatusCode);
                Assert.True(await IsCompiledAsync(first, "compiled"));

                using var response = await client.CheckInAsync("compiled", "k1", """{"value": 40}""");
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                Assert.True(await IsCompiledAsync(first, "compiled"));
            }

            await first.DisposeAsync();

            // A new instance loads the snapshot and replays the check-in event.
            await using var second = new WebHost(first.Database);
            Assert.True(await IsCompiledAsync(second, "compiled"));
        }
        finally
        {
            first.DeleteDatabase();
        }
    }

    private static async Task<bool> IsCompiledAsync(WebHost host, string planId)
    {
        var plans = host.Services.GetRequiredService<PlanService>();
        var found = await plans.GetAsync(planId, CancellationToken.None);
        Assert.NotNull(found);
        return found.Value.Plan.IsCompiledForScoring;
    }
}
