using Okr.Core.Internal;
using Okr.Core.Scoring.Rules;

namespace Okr.Core.Scoring;

/// <summary>
/// A series of days (<see cref="OkrScorer.ScoreSeries"/>): the first day scored in full, each later day advanced from the
/// day before in place (<see cref="AdvanceFrom"/>) and recorded as what changed (<see cref="SeriesRecorder"/>). What a new
/// day can change is decided in <see cref="SeriesChanges"/>; every node that is recomputed goes through the same
/// methods as a full scoring, so a series cannot disagree with it.
/// </summary>
internal sealed partial class ScoringEngine
{
    /// <summary>Scores the plan as of each day (sorted, distinct) into a compact store. More than one day compiles the
    /// plan's scoring tables (<see cref="OkrPlan.CompileScoring"/>), which the later days read.</summary>
    public static SeriesStore ScoreSeries(OkrPlan plan, ImmutableArray<DateOnly> days)
    {
        if (days.Length > 1 && !GeneralPathOnly)
        {
            plan.CompileScoring();
        }

        var previous = new ScoringEngine(plan, days[0]);
        var recorder = new SeriesRecorder(previous.ScoreAll());
        var dirty = new ulong[(plan.Index.Count + 63) / 64];
        for (int d = 1; d < days.Length; d++)
        {
            var engine = new ScoringEngine(plan, days[d]);
            if (engine.generalPathOnly)
            {
                // Tests comparing with the general path: every day in full.
                var next = engine.ScoreAll();
                for (int node = 0; node < next.Count; node++)
                {
                    recorder.Write(node, next[node]);
                }
            }
            else
            {
                Array.Clear(dirty);
                engine.AdvanceFrom(previous, recorder, dirty);
            }

            recorder.EndDay();
            previous = engine;
        }

        return recorder.Finish();
    }

    /// <summary>
    /// Turns the working store from <paramref name="previous"/>'s day into this day's: walks the plan children before
    /// parents (the records walk's order) and recomputes only the nodes whose inputs changed between the two days
    /// (<see cref="SeriesChanges"/>) or one of whose children changed; a compiled key result whose only change is the
    /// elapsed time gets its status alone re-evaluated. Each change marks the node's parents (<paramref name="dirty"/>).
    /// </summary>
    private void AdvanceFrom(ScoringEngine previous, SeriesRecorder recorder, ulong[] dirty)
    {
        var results = recorder.Current;
        var tables = plan.ScoringTables;
        var changes = new SeriesChanges(previous, this, tables);
        int node = 0;
        int initiativeOrdinal = 0;
        int workItem = 0;
        int k = 0;
        foreach (var objective in plan.Objectives)
        {
            node++;
            bool closing = SeriesChanges.Passes(objective.ClosedOn, previous.asOf, asOf);
            bool moved = changes.ElapsedMoved(objective.Period);
            foreach (var keyResult in objective.KeyResults)
            {
                int keyResultNode = node++;
                var activity = default(ActivityCount);
                foreach (var initiative in keyResult.Initiatives)
                {
                    int initiativeNode = node++;
                    bool feeds = tables.FeedsActivity[initiativeOrdinal];
                    for (int w = 0; w < initiative.WorkItems.Length; w++, workItem++)
                    {
                        int workItemNode = node++;
                        if (feeds && WorkItemOutcome(workItem, tables) is var outcome && outcome >= 0)
                        {
                            activity.Counting++;
                            activity.Done += outcome;
                        }

                        if (changes.WorkItemChanges(workItem) || IsMarked(dirty, workItemNode))
                        {
                            var before = results[workItemNode];
                            ComputeWorkItem(workItemNode, workItem, tables, results);
                            Observe(recorder, workItemNode, before, dirty);
                        }
                    }

                    if (IsMarked(dirty, initiativeNode) || changes.PeriodMoved(tables.PeriodOf[initiativeOrdinal]))
                    {
                        var before = results[initiativeNode];
                        ComputeInitiative(initiativeNode, initiative.WorkItems.Length, initiativeOrdinal, tables, results);
                        Observe(recorder, initiativeNode, before, dirty);
                    }

                    initiativeOrdinal++;
                }

                if (!IsCascadeParent(keyResultNode))
                {
                    AdvanceKeyResult(keyResultNode, k, objective, keyResult, closing, moved, changes, recorder, dirty, activity);
                }

                k++;
            }
        }

        AdvanceUpper(previous, changes, recorder, dirty);
    }

    /// <summary>The objectives and the key results others cascade into, in topological order.</summary>
    private void AdvanceUpper(ScoringEngine previous, SeriesChanges changes, SeriesRecorder recorder, ulong[] dirty)
    {
        var results = recorder.Current;
        var tables = plan.ScoringTables;
        foreach (int upper in index.UpperOrder)
        {
            var location = index.LocationOf(upper);
            var objective = plan.Objectives[location.Objective];
            bool closing = SeriesChanges.Passes(objective.ClosedOn, previous.asOf, asOf);
            bool moved = changes.ElapsedMoved(objective.Period);
            if (location.Kind == OkrItemKind.KeyResult)
            {
                int k = tables.ObjectiveStarts[(ScoringTables.Starts * location.Objective) + 3] + location.KeyResult;
                AdvanceKeyResult(upper, k, objective, objective.KeyResults[location.KeyResult], closing, moved, changes, recorder, dirty, null);
                continue;
            }

            if (IsMarked(dirty, upper) || closing || moved || SeriesChanges.Passes(objective.ProgressOverride?.At, previous.asOf, asOf))
            {
                var before = results[upper];
                int firstKeyResult = tables.ObjectiveStarts[(ScoringTables.Starts * location.Objective) + 3];
                results.Set(upper, TryComputeCompiledObjective(upper, objective, firstKeyResult, results, out var fast) ? fast : ComputeObjective(upper, objective, results, null));
                Observe(recorder, upper, before, dirty);
            }
        }
    }

    /// <summary>A key result on the new day: recomputed in full (from the compiled tables, with the activity tally of the
    /// walk, as a full scoring would; from its record through its strategy where the tables do not serve it, which is then
    /// every day) when its inputs or children changed or its objective closes; only its status
    /// re-evaluated when only the elapsed time moved; otherwise kept.</summary>
    private void AdvanceKeyResult(int node, int k, Objective objective, KeyResult keyResult, bool closing, bool moved, SeriesChanges changes, SeriesRecorder recorder, ulong[] dirty, ActivityCount? activity)
    {
        var results = recorder.Current;
        var before = results[node];
        bool compiled = changes.ServesKeyResult(k) && activity is not null;
        if (!compiled || IsMarked(dirty, node) || closing || changes.CheckInArrives(k))
        {
            // As the compiled walk computes it when the tables serve it, else from its record through its strategy.
            results.Set(node, compiled ? ComputeCompiledKeyResult(k, objective, plan.KeyResultTables, activity!.Value) : ComputeKeyResult(node, objective, keyResult, results, null));
        }
        else if (moved)
        {
            var updated = before;
            updated.Status = CompiledKeyResultStatus(k, objective, plan.KeyResultTables, LatestCheckIn(plan.KeyResultTables, k), before.IsScored ? before.Progress : null);
            results.Set(node, updated);
        }
        else
        {
            return;
        }

        Observe(recorder, node, before, dirty);
    }

    /// <summary>Records a node's new result and marks the parents that read what changed: every parent reads a child's
    /// numbers; a key result reads none of its initiatives' statuses (only objectives and initiatives read statuses), so a
    /// status-only change of an initiative marks its objective alone. A work item's change marks its key result too (an
    /// activity key result counts done work items, which may not move the initiative's progress).</summary>
    private void Observe(SeriesRecorder recorder, int node, in NodeResult before, ulong[] dirty)
    {
        var change = recorder.Observe(node, before);
        if (change == SeriesChange.None)
        {
            return;
        }

        var kind = index.KindOf(node);
        foreach (int parent in index.ParentsOf(node))
        {
            if (change == SeriesChange.Numbers || kind != OkrItemKind.Initiative || index.KindOf(parent) == OkrItemKind.Objective)
            {
                Mark(dirty, parent);
            }

            if (kind == OkrItemKind.WorkItem)
            {
                foreach (int grandparent in index.ParentsOf(parent))
                {
                    Mark(dirty, grandparent);
                }
            }
        }
    }
}
