using Okr.Core;
using Okr.Core.Sync;
using Okr.Core.Scoring;
using Okr.Samples.Web.Storage;

namespace Okr.Samples.Web.Plans;

/// <summary>
/// One plan as this instance knows it: the plan, its revisions and a <see cref="ScoringSession"/> for today, kept up
/// to date by replaying the stored events. Not thread-safe: <see cref="PlanService"/> lets one request at a time use it.
/// The plan is kept compiled for scoring (<see cref="OkrPlan.CompileScoring"/>): it is scored again and again (today's
/// session, scorecards of other days), so it is compiled once when it is loaded or replaced and again only after an
/// event that made a plan without the tables (a sync; a check-in keeps them).
/// </summary>
internal sealed class PlanState
{
    private PlanState(OkrPlan plan, PlanHead head)
    {
        Plan = plan;
        Head = head;
    }

    public OkrPlan Plan { get; private set; }

    public PlanHead Head { get; private set; }

    public ScoringSession? Session { get; private set; }

    /// <summary>A plan just written as a snapshot.</summary>
    public static PlanState FromPlan(OkrPlan plan, PlanHead head) => new(plan.CompileScoring(), head);

    /// <summary>Rebuilds the plan from its snapshot and events.</summary>
    public static PlanState Load(StoredPlan stored)
    {
        var state = new PlanState(OkrJson.Deserialize(stored.Document), stored.Head with { Revision = stored.Head.BaseRevision });
        return state.Apply(stored.Events) ? state : throw new InvalidDataException("The stored events of the plan do not follow on from its snapshot.");
    }

    /// <summary>Applies events in order; false when they do not follow on from <see cref="Head"/> (the caller reloads).</summary>
    public bool Apply(IReadOnlyList<PlanEvent> events)
    {
        foreach (var e in events)
        {
            if (e.Revision != Head.Revision + 1)
            {
                return false;
            }

            Apply(e);
            Head = Head with { Revision = e.Revision };
        }

        // Once per batch, not per event: replaying many syncs compiles once. A check-in keeps the compiled work items and
        // rebuilds its key results' part on the next full scoring.
        if (!Plan.IsCompiledForScoring)
        {
            Plan = Plan.CompileScoring();
        }

        return true;
    }

    /// <summary>The session scoring today (rebuilt when the day changed).</summary>
    public ScoringSession Today(DateOnly today)
    {
        if (Session is null || Session.AsOf != today)
        {
            Session = new ScoringSession(Plan, today);
        }

        return Session;
    }

    private void Apply(PlanEvent e)
    {
        switch (e.Kind)
        {
            case PlanEvent.CheckIn:
                var (keyResultId, checkIn) = EventCodec.ReadCheckIn(e.Payload);
                if (Session is { } session)
                {
                    session.AddCheckIn(keyResultId, checkIn);
                    Plan = session.Plan;
                }
                else
                {
                    Plan = Plan.AddCheckIn(keyResultId, checkIn);
                }

                break;
            case PlanEvent.Sync:
                var result = PlanSync.Apply(Plan, EventCodec.ReadSync(e.Payload));
                Plan = result.Plan;
                var changed = result.Report.Changes.Select(c => c.WorkItemId).Concat(result.Report.CheckIns.Select(c => c.KeyResultId)).Distinct().ToList();
                Session?.Update(Plan, changed);
                break;
            default:
                throw new InvalidDataException($"Event {e.Revision} has the unknown kind '{e.Kind}'.");
        }
    }
}
