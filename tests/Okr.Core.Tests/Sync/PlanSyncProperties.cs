using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Okr.Core.Sync;
using static Okr.Core.Tests.Sync.SyncPlans;

namespace Okr.Core.Tests.Sync;

/// <summary>A batch of updates over the tasks of <see cref="SyncPlans.Plan"/> (some keys unknown).</summary>
public sealed record UpdateBatch(ImmutableArray<ExternalUpdate> Updates)
{
    public override string ToString() => string.Join("; ", Updates.Select(u => $"{u.Key}@{u.At:HH:mm}={u.Status?.Name}/{u.PercentComplete}/{u.Assignee}"));
}

public static class SyncArbitraries
{
    private static readonly string[] Statuses = ["To Do", "In Progress", "Done", "Blocked", "Cancelled", "Mystery"];
    private static readonly string?[] People = [null, "ana", "bo"];

    public static Gen<ExternalUpdate> UpdateGen =>
        from n in Gen.Choose(1, 7)
        from minutes in Gen.Choose(0, 600)
        from status in Gen.Elements(Statuses)
        from percent in Gen.Elements<decimal?>(null, 0m, 25m, 50m, 100m)
        from assignee in Gen.Elements(People)
        select new ExternalUpdate
        {
            Key = $"PROJ-{n}",
            System = "jira",
            At = T0.AddMinutes(minutes),
            Status = new ExternalStatus(status),
            PercentComplete = percent,
            Assignee = assignee,
        };

    public static Arbitrary<UpdateBatch> Batch() =>
        Gen.ListOf(UpdateGen).Select(l => new UpdateBatch([.. l])).ToArbitrary();
}

public sealed class PlanSyncProperties
{
    [Property(Arbitrary = [typeof(SyncArbitraries)])]
    public bool Apply_SameBatchTwice_ChangesNothing(UpdateBatch batch)
    {
        var once = PlanSync.Apply(Plan(5), batch.Updates);
        var twice = PlanSync.Apply(once.Plan, batch.Updates);
        return twice.Plan.Equals(once.Plan) && !twice.Report.HasChanges;
    }

    [Property(Arbitrary = [typeof(SyncArbitraries)])]
    public bool Apply_UpdatesForDifferentItemsInAnyOrder_GiveTheSamePlan(UpdateBatch batch, int seed)
    {
        // One update per key (plus order of keys shuffled): order across items must not matter.
        var perKey = batch.Updates.GroupBy(u => u.Key).Select(g => g.First()).ToList();
        var shuffled = perKey.OrderBy(_ => new Random(seed).Next()).ToList();
        var reversed = Enumerable.Reverse(perKey).ToList();
        var a = PlanSync.Apply(Plan(5), perKey).Plan;
        return a.Equals(PlanSync.Apply(Plan(5), shuffled).Plan) && a.Equals(PlanSync.Apply(Plan(5), reversed).Plan);
    }

    [Property(Arbitrary = [typeof(SyncArbitraries)])]
    public bool Apply_WholeBatchInAnyOrder_GivesTheSameWorkItems(UpdateBatch batch)
    {
        // Even within one item, updates are applied in time order; distinct moments make the result order-free.
        var distinct = batch.Updates.GroupBy(u => (u.Key, u.At)).Select(g => g.First()).ToList();
        var a = PlanSync.Apply(Plan(5), distinct).Plan;
        var b = PlanSync.Apply(Plan(5), Enumerable.Reverse(distinct)).Plan;
        return a.Equals(b);
    }

    [Property(Arbitrary = [typeof(SyncArbitraries)])]
    public bool Apply_OlderUpdate_NeverOverwritesNewerData(UpdateBatch batch)
    {
        var synced = PlanSync.Apply(Plan(5), batch.Updates).Plan;
        var older = batch.Updates.Select(u => u with { At = u.At.AddDays(-1), Status = new ExternalStatus("Cancelled"), Assignee = "intruder" }).ToList();
        var after = PlanSync.Apply(synced, older);

        // Items that were synced keep their data; only never-synced items may take the old updates.
        return synced.WorkItems.Where(w => w.LastSyncedAt is not null)
            .All(w => after.Plan.FindWorkItem(w.Id)!.Equals(w));
    }
}
