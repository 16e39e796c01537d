using Okr.Samples.Web.Storage;

namespace Okr.Samples.Web;

/// <summary><c>GET /health</c>: 200 when the database answers, 503 (a problem) when it does not.</summary>
internal static class HealthEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/health", async (IPlanStore store, CancellationToken ct) =>
        {
            try
            {
                await store.PingAsync(ct);
                return Results.Ok(new { status = "healthy" });
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or IOException)
            {
                return Results.Problem(e.Message, null, 503, "The database does not answer.", "urn:okr:problem:unhealthy");
            }
        }).WithTags("Health").WithName("Health").WithSummary("Whether the service and its database answer.");
}
