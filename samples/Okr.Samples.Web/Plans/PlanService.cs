using System.Collections.Concurrent;
using Okr.Core;
using Okr.Core.Sync;
using Okr.Core.Integrations;
using Okr.Core.Scoring;
using Okr.Samples.Web.Storage;

namespace Okr.Samples.Web.Plans;

/// <summary>
/// The plans this instance serves. Each request on a plan takes that plan's turn, asks the database for the plan's
/// revision (one indexed read), replays the events other instances appended since, does its work and, for a change,
/// writes first and then replays its own event like any other: the database is the only truth, memory a cache.
/// </summary>
internal sealed class PlanService(IPlanStore store, TimeProvider time)
{
    private const int SnapshotRetries = 8;
    private readonly ConcurrentDictionary<string, Slot> slots = new(StringComparer.Ordinal);

    /// <summary>Today, by the injected clock (UTC).</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public Task<(OkrPlan Plan, long Revision)?> GetAsync(string planId, CancellationToken ct) =>
        WithPlanAsync<(OkrPlan, long)?>(planId, (state, _) => Task.FromResult<(OkrPlan, long)?>(state is null ? null : (state.Plan, state.Head.Revision)), ct);

    /// <summary>The scorecard as of the day (today when null): today's from the live session, another day's scored in full.</summary>
    public Task<(Scorecard Scorecard, long Revision)?> ScorecardAsync(string planId, DateOnly? asOf, CancellationToken ct) =>
        WithPlanAsync<(Scorecard, long)?>(planId, (state, _) =>
        {
            if (state is null)
            {
                return Task.FromResult<(Scorecard, long)?>(null);
            }

            DateOnly day = asOf ?? Today;
            var scorecard = day == Today ? state.Today(day).ToScorecard() : OkrScorer.Score(state.Plan, day);
            return Task.FromResult<(Scorecard, long)?>((scorecard, state.Head.Revision));
        }, ct);

    /// <summary>Creates or replaces a plan.</summary>
    public Task<WriteOutcome> PutAsync(string planId, OkrPlan plan, long? ifMatch, CancellationToken ct)
    {
        byte[] document = OkrJson.SerializeToUtf8Bytes(plan);
        return WithSlotAsync(planId, async slot =>
        {
            var written = await store.WriteSnapshotAsync(planId, document, ifMatch, ct);
            if (written is null)
            {
                return WriteOutcome.PreconditionFailed;
            }

            slot.State = PlanState.FromPlan(plan, new PlanHead(written.Revision, written.Revision));
            return new WriteOutcome(written.Created ? WriteStatus.Created : WriteStatus.Done, written.Revision);
        }, ct);
    }

    /// <summary>Appends a check-in.</summary>
    public Task<(WriteOutcome Outcome, ItemResult? Score)> CheckInAsync(string planId, string keyResultId, CheckIn checkIn, long? ifMatch, CancellationToken ct) =>
        WithSlotAsync(planId, async slot =>
        {
            var state = await RefreshAsync(planId, slot, ct);
            if (state is null)
            {
                return (WriteOutcome.PlanNotFound, (ItemResult?)null);
            }

            if (state.Plan.FindKeyResult(keyResultId) is null)
            {
                return (WriteOutcome.ItemNotFound, null);
            }

            if (ifMatch is { } expected && expected != state.Head.Revision)
            {
                return (WriteOutcome.PreconditionFailed, null);
            }

            long? revision = await store.AppendAsync(planId, PlanEvent.CheckIn, EventCodec.CheckIn(keyResultId, checkIn), ifMatch, ct);
            if (revision is null)
            {
                return (WriteOutcome.PreconditionFailed, null);
            }

            state = await RefreshAsync(planId, slot, ct);
            return (new WriteOutcome(WriteStatus.Created, revision.Value), state?.Today(Today)[keyResultId]);
        }, ct);

    /// <summary>Applies a batch of external updates with <see cref="PlanSync"/>; stores it only when it changes something.</summary>
    public Task<(WriteOutcome Outcome, SyncReport? Report)> SyncAsync(string planId, IReadOnlyList<ExternalUpdate> updates, CancellationToken ct) =>
        WithSlotAsync(planId, async slot =>
        {
            var state = await RefreshAsync(planId, slot, ct);
            if (state is null)
            {
                return (WriteOutcome.PlanNotFound, (SyncReport?)null);
            }

            var result = PlanSync.Apply(state.Plan, updates);
            if (!result.Report.HasChanges)
            {
                return (new WriteOutcome(WriteStatus.Unchanged, state.Head.Revision), result.Report);
            }

            long? revision = await store.AppendAsync(planId, PlanEvent.Sync, EventCodec.Sync(updates), null, ct);
            await RefreshAsync(planId, slot, ct);
            return (new WriteOutcome(WriteStatus.Done, revision ?? state.Head.Revision), result.Report);
        }, ct);

    /// <summary>Attaches imported initiatives and tasks to their key result and writes the plan as a new snapshot.</summary>
    public Task<WriteOutcome> AttachAsync(string planId, ImportResult import, CancellationToken ct) =>
        WithSlotAsync(planId, async slot =>
        {
            for (int attempt = 0; attempt < SnapshotRetries; attempt++)
            {
                var state = await RefreshAsync(planId, slot, ct);
                if (state is null)
                {
                    return WriteOutcome.PlanNotFound;
                }

                if (state.Plan.FindKeyResult(import.KeyResultId) is null)
                {
                    return WriteOutcome.ItemNotFound;
                }

                var attached = import.AttachTo(state.Plan);
                var written = await store.WriteSnapshotAsync(planId, OkrJson.SerializeToUtf8Bytes(attached), state.Head.Revision, ct);
                if (written is not null)
                {
                    slot.State = PlanState.FromPlan(attached, new PlanHead(written.Revision, written.Revision));
                    return new WriteOutcome(WriteStatus.Done, written.Revision);
                }
            }

            return WriteOutcome.PreconditionFailed;
        }, ct);

    /// <summary>Runs read-only work on the plan's current state (null when there is no such plan).</summary>
    public Task<T> WithPlanAsync<T>(string planId, Func<PlanState?, DateOnly, Task<T>> work, CancellationToken ct) =>
        WithSlotAsync(planId, async slot => await work(await RefreshAsync(planId, slot, ct), Today), ct);

    private async Task<T> WithSlotAsync<T>(string planId, Func<Slot, Task<T>> work, CancellationToken ct)
    {
        var slot = slots.GetOrAdd(planId, _ => new Slot());
        await slot.Gate.WaitAsync(ct);
        try
        {
            return await work(slot);
        }
        catch
        {
            slot.State = null; // whatever happened, the next request rebuilds from the database
            throw;
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    private async Task<PlanState?> RefreshAsync(string planId, Slot slot, CancellationToken ct)
    {
        var head = await store.GetHeadAsync(planId, ct);
        var state = slot.State;
        if (head is null)
        {
            slot.State = null;
            return null;
        }

        if (state is not null && state.Head.BaseRevision == head.BaseRevision && state.Head.Revision <= head.Revision)
        {
            if (state.Head.Revision == head.Revision || state.Apply(await store.ReadEventsAsync(planId, state.Head.Revision, ct)))
            {
                return state;
            }
        }

        var stored = await store.LoadAsync(planId, ct);
        slot.State = stored is null ? null : PlanState.Load(stored);
        return slot.State;
    }

    private sealed class Slot
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public PlanState? State { get; set; }
    }
}
