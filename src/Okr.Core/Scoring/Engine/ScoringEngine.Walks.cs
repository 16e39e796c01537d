using Okr.Core.Internal;

namespace Okr.Core.Scoring;

/// <summary>
/// The two full passes. Both compute every node through the same rule kernels; they differ only in the order they walk
/// the plan and in where they read the inputs (records or compiled tables):
/// <list type="bullet">
/// <item>the records walk goes through the model in plan order (work items, initiatives, then key results, nested) and
/// rolls up an objective in passing when its children are all computed by then; the rest (aligned objectives, cascade
/// parents) follow in the index's topological order;</item>
/// <item>the compiled walk goes through objectives in alignment post-order (<see cref="ScoringTables.ObjectiveOrder"/>), so
/// nearly every objective is rolled up right after its children, while they are in cache; only cascaded sums that other
/// key results cascade into, and the objectives above them, wait for the topological order;</item>
/// <item>re-scoring (<see cref="Recompute"/>) walks only the changed nodes and their ancestors, in topological order.</item>
/// </list>
/// Every order computes each node after all its children, which is all a node's rules read, so the orders cannot change a
/// result.
/// </summary>
internal sealed partial class ScoringEngine
{
    /// <summary>The pass over the records (a plan's scoring until it is compiled, and every node's general path for tests).</summary>
    private void ScoreAllGeneral(ResultStore results)
    {
        // Unless every node must take the general path (tests), an objective whose children are all computed by the end
        // of its own part of the walk (no aligned objective, no cascade into its key results) is rolled up there, while
        // its children are in cache; one bit per objective marks those, and the topological pass skips them.
        var objectives = plan.Objectives;
        ulong[]? early = generalPathOnly ? null : new ulong[(objectives.Length + 63) / 64];
        int node = 0;
        for (int o = 0; o < objectives.Length; o++)
        {
            var objective = objectives[o];
            int objectiveNode = node++;
            int ownChildren = objective.KeyResults.Length;
            bool leaf = early is not null;
            foreach (var keyResult in objective.KeyResults)
            {
                int keyResultNode = node++;
                ownChildren += keyResult.Initiatives.Length;
                foreach (var initiative in keyResult.Initiatives)
                {
                    int initiativeNode = node++;
                    foreach (var workItem in initiative.WorkItems)
                    {
                        results.Set(node++, ComputeWorkItem(workItem, null));
                    }

                    results.Set(initiativeNode, ComputeInitiative(initiativeNode, objective, initiative, results, null));
                }

                if (!IsCascadeParent(keyResultNode))
                {
                    results.Set(keyResultNode, ComputeKeyResult(keyResultNode, objective, keyResult, results, null));
                }
                else
                {
                    leaf = false;
                }
            }

            if (leaf && index.ChildStart[objectiveNode + 1] - index.ChildStart[objectiveNode] == ownChildren)
            {
                results.Set(objectiveNode, ComputeObjective(objectiveNode, objective, results, null));
                Mark(early!, o);
            }
        }

        foreach (int upper in index.UpperOrder)
        {
            var location = index.LocationOf(upper);
            if (early is null || location.Kind != OkrItemKind.Objective || !IsMarked(early, location.Objective))
            {
                results.Set(upper, Compute(upper, results, null));
            }
        }
    }

    private bool IsCascadeParent(int node)
    {
        foreach (int child in index.ChildrenOf(node))
        {
            if (index.KindOf(child) == OkrItemKind.KeyResult)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The full pass over the plan's compiled tables (<see cref="OkrPlan.ScoringTables"/>,
    /// <see cref="OkrPlan.KeyResultTables"/>): objectives in alignment post-order, each with its own part of the plan.</summary>
    private void ScoreAllCompiled(ResultStore results) => WalkCompiled(results, null);

    /// <summary>The compiled walk's order, shared by a full scoring (<paramref name="day"/> null: every node computed) and
    /// a series' later day (every node advanced from the day before, <see cref="AdvanceBranch"/>, <see cref="AdvanceObjective"/>):
    /// objectives in alignment post-order, each right after its own part of the plan; only cascaded sums that other key
    /// results cascade into, and the objectives above them, wait for the topological order.</summary>
    private void WalkCompiled(ResultStore results, SeriesDay? day)
    {
        var objectives = plan.Objectives;
        var tables = plan.ScoringTables;
        ulong[] done = new ulong[(objectives.Length + 63) / 64];
        bool anyDeferred = false;
        bool compiledKeyResults = CompiledScoring.ServesKeyResults(config);
        foreach (int o in tables.ObjectiveOrder)
        {
            var objective = objectives[o];
            int objectiveNode = tables.ObjectiveNode(o);
            int firstKeyResult = tables.FirstKeyResult(o);
            bool ready = day is null ? ScoreCompiledBranch(o, objective, compiledKeyResults, results) : AdvanceBranch(o, objective, day);
            if (ready && anyDeferred)
            {
                // Aligned objectives come before this one in the walk, but one of them may have been deferred.
                foreach (int child in index.ChildrenOf(objectiveNode))
                {
                    var location = index.LocationOf(child);
                    if (location.Kind == OkrItemKind.Objective && !IsMarked(done, location.Objective))
                    {
                        ready = false;
                        break;
                    }
                }
            }

            if (!ready)
            {
                anyDeferred = true;
            }
            else if (day is null)
            {
                results.Set(objectiveNode, TryComputeCompiledObjective(objectiveNode, objective, firstKeyResult, results, out var fast) ? fast : ComputeObjective(objectiveNode, objective, results, null));
                Mark(done, o);
            }
            else
            {
                AdvanceObjective(objectiveNode, objective, firstKeyResult, day);
                Mark(done, o);
            }
        }

        if (anyDeferred)
        {
            foreach (int upper in index.UpperOrder)
            {
                var location = index.LocationOf(upper);
                bool computed = location.Kind == OkrItemKind.Objective
                    ? IsMarked(done, location.Objective)
                    : objectives[location.Objective].KeyResults[location.KeyResult].Kind is not CascadedSumKind;
                if (computed)
                {
                    continue;
                }

                if (day is null)
                {
                    results.Set(upper, Compute(upper, results, null));
                }
                else if (location.Kind == OkrItemKind.Objective)
                {
                    AdvanceObjective(upper, objectives[location.Objective], tables.FirstKeyResult(location.Objective), day);
                }
                else
                {
                    AdvanceGeneral(upper, day);
                }
            }
        }
    }

    /// <summary>One objective's key results, initiatives and work items from the compiled tables. False when a cascaded sum
    /// among its key results has key results cascading into it (left for the topological pass, with the objective).</summary>
    private bool ScoreCompiledBranch(int o, Objective objective, bool compiledKeyResults, ResultStore results)
    {
        var tables = plan.ScoringTables;
        var keyResultTables = plan.KeyResultTables;
        var childStart = index.ChildStart;
        int node = tables.ObjectiveNode(o) + 1;
        int initiativeOrdinal = tables.FirstInitiative(o);
        int workItem = tables.FirstWorkItem(o);
        int firstKeyResult = tables.FirstKeyResult(o);
        bool ready = true;
        for (int k = firstKeyResult; k < firstKeyResult + objective.KeyResults.Length; k++)
        {
            int keyResultNode = node++;
            int initiatives = keyResultTables.Initiatives[k];
            var activity = default(ActivityCount);
            for (int i = 0; i < initiatives; i++)
            {
                // An initiative's children are its work items, numbered right after it.
                int initiativeNode = node++;
                int workItems = childStart[initiativeNode + 1] - childStart[initiativeNode];
                bool feeds = tables.FeedsActivity[initiativeOrdinal];
                for (int w = 0; w < workItems; w++)
                {
                    int outcome = ComputeWorkItem(node++, workItem++, tables, results);
                    if (feeds)
                    {
                        activity.Add(outcome);
                    }
                }

                ComputeInitiative(initiativeNode, workItems, initiativeOrdinal++, tables, results);
            }

            if (compiledKeyResults && keyResultTables.Kind[k] != CompiledKind.General)
            {
                results.Set(keyResultNode, ComputeCompiledKeyResult(keyResultNode, k, objective, keyResultTables, activity));
                continue;
            }

            var keyResult = objective.KeyResults[k - firstKeyResult];
            if (WaitsForCascadingKeyResults(keyResult, keyResultNode, initiatives))
            {
                ready = false;
                continue;
            }

            results.Set(keyResultNode, ComputeKeyResult(keyResultNode, objective, keyResult, results, null, (activity.Counting, activity.Done)));
        }

        return ready;
    }

    /// <summary>Whether a key result waits for the topological pass: a cascaded sum with key results cascading into it. A key
    /// result's children are its initiatives, then the key results cascading into it; only a cascaded sum reads the latter.</summary>
    private bool WaitsForCascadingKeyResults(KeyResult keyResult, int keyResultNode, int initiatives) =>
        keyResult.Kind is CascadedSumKind && index.ChildStart[keyResultNode + 1] - index.ChildStart[keyResultNode] > initiatives;

    /// <summary>The work items counted for an activity key result during the compiled walk: counting and done.</summary>
    private struct ActivityCount
    {
        public int Counting;
        public int Done;

        /// <summary>Counts a work item of an initiative that feeds the tally, by its outcome (<see cref="WorkItemOutcome"/>:
        /// -1 does not count, 1 done, 0 not done).</summary>
        public void Add(int outcome)
        {
            if (outcome >= 0)
            {
                Counting++;
                Done += outcome;
            }
        }
    }
}
