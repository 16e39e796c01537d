using Okr.Core.Internal;
using Okr.Core.Scoring.Rules;

namespace Okr.Core.Scoring;

/// <summary>
/// A series of days (<see cref="OkrScorer.ScoreSeries"/>): the first day scored in full, each later day advanced from the
/// day before in place and recorded as what changed (<see cref="SeriesRecorder"/>). A later day takes the compiled walk's
/// order (<see cref="WalkCompiled"/>) and, per node, one of three answers: recomputed in full by the same methods as a full
/// scoring when its inputs changed (<see cref="SeriesChanges"/>) or a child changed what it reads; only its status
/// re-evaluated by the same status step (<see cref="InitiativePaceStatus"/>, <see cref="CompiledKeyResultStatus"/>,
/// <see cref="ObjectivePaceStatus"/>) when only the elapsed time moved and its status last came from the strategy against
/// the elapsed time (<see cref="statusFollowsTime"/>); else kept. So a series cannot disagree with a full scoring.
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

        // Which statuses follow the elapsed time: noted by the first day's full scoring, kept up to date by each later day.
        var followsTime = new ulong[(plan.Index.Count + 63) / 64];
        var previous = new ScoringEngine(plan, days[0]) { statusFollowsTime = followsTime };
        var recorder = new SeriesRecorder(previous.ScoreAll());
        var dirty = new ulong[followsTime.Length];
        var holdsBelow = new double[plan.Index.Count];
        for (int d = 1; d < days.Length; d++)
        {
            var engine = new ScoringEngine(plan, days[d]) { statusFollowsTime = followsTime };
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
                engine.WalkCompiled(recorder.Current, new SeriesDay(new SeriesChanges(previous, engine, plan.ScoringTables), recorder, dirty, holdsBelow));
            }

            recorder.EndDay();
            previous = engine;
        }

        return recorder.Finish();
    }

    /// <summary>One objective's key results, initiatives and work items advanced to the new day, in the order
    /// <see cref="ScoreCompiledBranch"/> computes them. False when a cascaded sum among its key results has key results
    /// cascading into it (left for the topological pass, with the objective).</summary>
    private bool AdvanceBranch(int o, Objective objective, SeriesDay day)
    {
        var tables = plan.ScoringTables;
        var keyResultTables = plan.KeyResultTables;
        var childStart = index.ChildStart;
        var changes = day.Changes;
        int node = tables.ObjectiveNode(o) + 1;
        int initiativeOrdinal = tables.FirstInitiative(o);
        int workItem = tables.FirstWorkItem(o);
        int firstKeyResult = tables.FirstKeyResult(o);
        bool closing = SeriesChanges.Passes(objective.ClosedOn, changes.PreviousDay, asOf);
        bool moved = changes.ElapsedMoved(objective.Period);
        bool ready = true;
        for (int k = firstKeyResult; k < firstKeyResult + objective.KeyResults.Length; k++)
        {
            int keyResultNode = node++;
            int initiatives = keyResultTables.Initiatives[k];
            var first = (Initiative: initiativeOrdinal, WorkItem: workItem);
            for (int i = 0; i < initiatives; i++)
            {
                int initiativeNode = node++;
                int workItems = childStart[initiativeNode + 1] - childStart[initiativeNode];
                for (int w = 0; w < workItems; w++, node++, workItem++)
                {
                    if (changes.WorkItemChanges(workItem))
                    {
                        var before = day.Results[node];
                        ComputeWorkItem(node, workItem, tables, day.Results);
                        Observe(day, node, before);
                    }
                }

                AdvanceInitiative(initiativeNode, workItems, initiativeOrdinal++, day);
            }

            if (changes.ServesKeyResult(k))
            {
                AdvanceCompiledKeyResult(keyResultNode, k, objective, closing, moved, first, day);
                continue;
            }

            // As the compiled walk (WaitsForCascadingKeyResults); every other key result the tables do not serve is
            // recomputed every day through its strategy.
            var keyResult = objective.KeyResults[k - firstKeyResult];
            if (WaitsForCascadingKeyResults(keyResult, keyResultNode, initiatives))
            {
                ready = false;
                continue;
            }

            var previous = day.Results[keyResultNode];
            var activity = ActivityOf(keyResultNode, initiatives, first.Initiative, first.WorkItem);
            day.Results.Set(keyResultNode, ComputeKeyResult(keyResultNode, objective, keyResult, day.Results, null, (activity.Counting, activity.Done)));
            Observe(day, keyResultNode, previous);
        }

        return ready;
    }

    /// <summary>An initiative on the new day: recomputed when one of its work items changed; its status alone re-evaluated
    /// when only its period's elapsed share moved and its status follows it; else kept.</summary>
    private void AdvanceInitiative(int node, int workItems, int ordinal, SeriesDay day)
    {
        var tables = plan.ScoringTables;
        if (IsMarked(day.Dirty, node))
        {
            var before = day.Results[node];
            ComputeInitiative(node, workItems, ordinal, tables, day.Results);
            Observe(day, node, before);
        }
        else if (day.Changes.PeriodMoved(tables.PeriodOf[ordinal]) && IsMarked(statusFollowsTime!, node)
            && !day.StatusHolds(node, ElapsedFraction(tables, tables.PeriodOf[ordinal])))
        {
            decimal progress = day.Results.ProgressOf(node);
            AdvanceStatus(day, node, InitiativePaceStatus(node, ordinal, progress, tables));
            day.NoteHolds(node, config.ObjectiveStatus as PaceStatusStrategy, progress, ElapsedFraction(tables, tables.PeriodOf[ordinal]));
        }
    }

    /// <summary>A compiled key result on the new day: recomputed in full (with the activity tally of its work items, as the
    /// compiled walk computes it) when a check-in arrives, a child changed or its objective closes; only its status
    /// re-evaluated when only the elapsed time moved and its status follows it; otherwise kept.</summary>
    private void AdvanceCompiledKeyResult(int node, int k, Objective objective, bool closing, bool moved, (int Initiative, int WorkItem) first, SeriesDay day)
    {
        var tables = plan.KeyResultTables;
        var results = day.Results;
        if ((IsMarked(day.Dirty, node) && CompiledReadsWorkItems(tables.Kind[k])) || closing || day.Changes.CheckInArrives(k))
        {
            var before = results[node];
            results.Set(node, ComputeCompiledKeyResult(node, k, objective, tables, ActivityOf(node, tables.Initiatives[k], first.Initiative, first.WorkItem)));
            Observe(day, node, before);
        }
        else if (moved && IsMarked(statusFollowsTime!, node) && !day.StatusHolds(node, ElapsedFraction(objective.Period)))
        {
            decimal? progress = results.IsScored(node) ? results.ProgressOf(node) : null;
            AdvanceStatus(day, node, CompiledKeyResultStatus(k, objective, tables, LatestCheckIn(tables, k), progress, out bool followsTime));
            day.NoteHolds(node, followsTime ? (PaceStatusStrategy)config.KeyResultStatus : null, progress ?? 0m, ElapsedFraction(objective.Period));
        }
    }

    /// <summary>An objective on the new day: rolled up again when a child changed what it reads, it closes or its override
    /// takes effect; only its status re-evaluated when only the elapsed time moved, its status follows it and the status
    /// strategy ignores the children's statuses; otherwise kept.</summary>
    private void AdvanceObjective(int node, Objective objective, int firstKeyResult, SeriesDay day)
    {
        var results = day.Results;
        var previousDay = day.Changes.PreviousDay;
        bool follows = day.Changes.ElapsedMoved(objective.Period) && IsMarked(statusFollowsTime!, node);
        bool statusAlone = follows && CompiledScoring.ObjectiveStatusIgnoresChildren(config);
        if (IsMarked(day.Dirty, node) || SeriesChanges.Passes(objective.ClosedOn, previousDay, asOf)
            || SeriesChanges.Passes(objective.ProgressOverride?.At, previousDay, asOf) || (follows && !statusAlone))
        {
            var before = results[node];
            results.Set(node, TryComputeCompiledObjective(node, objective, firstKeyResult, results, out var fast) ? fast : ComputeObjective(node, objective, results, null));
            Observe(day, node, before);
        }
        else if (statusAlone && !day.StatusHolds(node, ElapsedFraction(objective.Period)))
        {
            decimal progress = results.ProgressOf(node);
            AdvanceStatus(day, node, ObjectivePaceStatus(objective, Progress.FromRatio(progress), results.ValueOf(node), default, null).Status);
            day.NoteHolds(node, config.ObjectiveStatus as PaceStatusStrategy, progress, ElapsedFraction(objective.Period));
        }
    }

    /// <summary>A node the compiled tables do not serve (a cascaded sum others cascade into): recomputed every day.</summary>
    private void AdvanceGeneral(int node, SeriesDay day)
    {
        var before = day.Results[node];
        day.Results.Set(node, Compute(node, day.Results, null));
        Observe(day, node, before);
    }

    /// <summary>The activity tally of a key result's work items as of the day (counting and done), as the compiled walk
    /// counts it while computing them.</summary>
    private ActivityCount ActivityOf(int keyResultNode, int initiatives, int initiativeOrdinal, int workItem)
    {
        var tables = plan.ScoringTables;
        var childStart = index.ChildStart;
        var activity = default(ActivityCount);
        int node = keyResultNode + 1;
        for (int i = 0; i < initiatives; i++, initiativeOrdinal++)
        {
            int workItems = childStart[node + 1] - childStart[node];
            if (tables.FeedsActivity[initiativeOrdinal])
            {
                for (int w = workItem; w < workItem + workItems; w++)
                {
                    activity.Add(WorkItemOutcome(w, tables));
                }
            }

            node += 1 + workItems;
            workItem += workItems;
        }

        return activity;
    }

    /// <summary>Writes a node's re-evaluated status (its numbers unchanged) into the day and marks the parents that read it.</summary>
    private void AdvanceStatus(SeriesDay day, int node, OkrStatus status)
    {
        if (day.Recorder.WriteStatus(node, status, out var before))
        {
            MarkParents(day.Dirty, node, numbers: false, facts: !ChildWeighing.SameFacts(before, status));
        }
    }

    /// <summary>Records a node's new result, computed in full into the day, and marks the parents that read what changed.</summary>
    private void Observe(SeriesDay day, int node, in NodeResult before)
    {
        day.ForgetHolds(node);
        var change = day.Recorder.Observe(node, before);
        if (change != SeriesChange.None)
        {
            MarkParents(day.Dirty, node, change == SeriesChange.Numbers, !ChildWeighing.SameFacts(before.Status, day.Results.StatusOf(node)));
        }
    }

    /// <summary>Marks the parents that read what changed in a node (<see cref="ReadsChange"/>). A work item's change marks
    /// its key result too: an activity key result counts its done work items (<see cref="CompiledReadsWorkItems"/>).</summary>
    private void MarkParents(ulong[] dirty, int node, bool numbers, bool facts)
    {
        var kind = index.KindOf(node);
        foreach (int parent in index.ParentsOf(node))
        {
            if (ReadsChange(parent, kind, numbers, facts))
            {
                Mark(dirty, parent);
            }

            if (kind == OkrItemKind.WorkItem)
            {
                foreach (int grandparent in index.ParentsOf(parent))
                {
                    if (index.KindOf(grandparent) == OkrItemKind.KeyResult)
                    {
                        Mark(dirty, grandparent);
                    }
                }
            }
        }
    }

    /// <summary>Whether a parent reads what changed in a child of the given kind: its numbers, its status in a way that
    /// changes whether it is started (<paramref name="facts"/>, <see cref="ChildWeighing.SameFacts"/>), or only its status.
    /// An initiative reads its work items' completion and whether they are started (its tally). A key result reads the
    /// values of key results cascading into it, and none of its initiatives' results. An objective reads its key results'
    /// and aligned objectives' numbers and whether they are started, every child's status only when its status strategy
    /// reads them, and its initiatives only when its roll-up settings include them (excluded ones are never read).</summary>
    private bool ReadsChange(int parent, OkrItemKind childKind, bool numbers, bool facts)
    {
        switch (index.KindOf(parent))
        {
            case OkrItemKind.Initiative:
                return true;
            case OkrItemKind.KeyResult:
                return childKind == OkrItemKind.KeyResult;
            default:
                if (childKind == OkrItemKind.Initiative && !(plan.Objectives[index.LocationOf(parent).Objective].Rollup ?? config.DefaultRollup).IncludeInitiatives)
                {
                    return false;
                }

                return numbers || facts || !CompiledScoring.ObjectiveStatusIgnoresChildren(config);
        }
    }

    /// <summary>What one later day of a series works with: what the new day changes, the recorder (whose working store is
    /// the day being built), the nodes marked for recomputation by a child's change, and for each node whose status was
    /// last re-evaluated alone, the expected share below which the pace strategy keeps that status
    /// (<see cref="PaceStatusStrategy.StatusHoldsBelow"/>; 0, never above an expected share, when unknown).</summary>
    private sealed class SeriesDay(SeriesChanges changes, SeriesRecorder recorder, ulong[] dirty, double[] holdsBelow)
    {
        public SeriesChanges Changes { get; } = changes;

        public SeriesRecorder Recorder { get; } = recorder;

        public ResultStore Results => Recorder.Current;

        public ulong[] Dirty { get; } = dirty;

        /// <summary>Whether the node's status, last re-evaluated alone with the same progress, is known to hold at this
        /// expected share (the expected share only grows along a series).</summary>
        public bool StatusHolds(int node, decimal expected) => (double)expected < holdsBelow[node];

        /// <summary>Notes, after a status re-evaluated alone, up to where it holds (nothing known without the pace strategy).</summary>
        public void NoteHolds(int node, PaceStatusStrategy? pace, decimal progress, decimal expected) =>
            holdsBelow[node] = pace is null ? 0d : pace.StatusHoldsBelow(progress, Progress.FromRatio(expected).Ratio);

        /// <summary>Forgets the bound of a node recomputed in full.</summary>
        public void ForgetHolds(int node) => holdsBelow[node] = 0d;
    }
}
