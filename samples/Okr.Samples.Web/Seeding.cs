using Okr.Core;
using Okr.Samples.Web.Storage;

namespace Okr.Samples.Web;

/// <summary>First run: creates or migrates the database, then stores the built-in example plan <c>ai-coding</c> when absent.</summary>
internal sealed class Seeding(IPlanStore store, SampleOptions options, ILogger<Seeding> log)
{
    /// <summary>The example plan's id.</summary>
    public const string ExamplePlanId = "ai-coding";

    public async Task RunAsync(CancellationToken ct)
    {
        await store.InitializeAsync(ct);
        if (store is SqlitePlanStore sqlite)
        {
            log.LogInformation("SQLite database: {Path}", Path.GetFullPath(sqlite.FilePath));
        }

        if (!options.SeedExample || await store.GetHeadAsync(ExamplePlanId, ct) is not null)
        {
            return;
        }

        await using var json = typeof(Seeding).Assembly.GetManifestResourceStream("ai-coding.json")
            ?? throw new InvalidOperationException("The example plan is not embedded.");
        var plan = await OkrJson.DeserializeAsync(json, cancellationToken: ct);
        if (await store.WriteSnapshotAsync(ExamplePlanId, OkrJson.SerializeToUtf8Bytes(plan), 0, ct) is { } written)
        {
            log.LogInformation("Stored the example plan '{PlanId}' ({Items} items) at revision {Revision}.", ExamplePlanId, plan.ItemCount, written.Revision);
        }
    }
}
