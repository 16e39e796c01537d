using Okr.Core.Internal;

namespace Okr.Core.Scoring;

/// <summary>
/// Computes node results over a plan's flat index, children before parents, without recursion. The same code
/// computes a node for a full pass, an incremental pass and an explanation, so the three cannot disagree.
/// </summary>
internal sealed class ScoringEngine
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private OkrPlan plan;
    private PlanIndex index;
    private ScoringConfiguration config;
    private readonly DateOnly asOf;
    private RollupChild[] rollupBuffer = [];
    private StatusChild[] statusBuffer = [];
    private ContributionWeight[] weightBuffer = [];
    private decimal[] effectiveBuffer = [];
    private int[] candidateBuffer = [];
    private decimal[] valueBuffer = [];
    private (ContributionWeight Weight, bool Contributes, bool Excluded)[] childBuffer = [];
    private Period expectedPeriod;
    private decimal expectedRatio = -1m;
    private Dictionary<Period, decimal>? elapsedByPeriod;
    private decimal[]? elapsedOf;
    private ulong[]? elapsedKnown;
    private const int MaxRememberedPeriods = 1024;

    /// <summary>For tests: when set on the calling thread, the engine takes its general path everywhere (every child
    /// read through the index, every roll-up through its strategy, every division done), so the fast paths can be
    /// compared with it bit for bit.</summary>
    [ThreadStatic]
    internal static bool GeneralPathOnly;

    private readonly bool generalPathOnly = GeneralPathOnly;

    public OkrPlan Plan => plan;

    /// <summary>Points the engine at a plan with the same structure (an incremental session's next version), keeping its buffers.</summary>
    public void Rebind(OkrPlan updated)
    {
        plan = updated;
        index = updated.Index;
        config = updated.Scoring;
    }

    public DateOnly AsOf => asOf;

    public ScoringEngine(OkrPlan plan, DateOnly asOf)
    {
        this.plan = plan;
        index = plan.Index;
        config = plan.Scoring;
        this.asOf = asOf;
    }

    /// <summary>Scores every node, children before parents, without recursion: from the records the first time a plan
    /// is scored, from its compiled tables from the second time on (<see cref="OkrPlan.UseCompiledScoring"/>).</summary>
    public ResultStore ScoreAll()
    {
        var results = new ResultStore(index);
        if (generalPathOnly || !plan.UseCompiledScoring())
        {
            ScoreAllGeneral(results);
        }
        else
        {
            ScoreAllCompiled(results);
        }

        return results;
    }

    /// <summary>The pass over the records (a plan's first scoring, and every node's general path for tests): work
    /// items, initiatives and the key results no other key result cascades into in one nested walk of the model, then
    /// objectives and cascade parents in topological order, every node through <see cref="Compute"/>'s rules.</summary>
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
                        int workItemNode = node++;
                        results.Set(workItemNode, ComputeWorkItem(workItem, null));
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

    /// <summary>
    /// The full pass over the plan's compiled tables (<see cref="OkrPlan.ScoringTables"/>): objectives in alignment
    /// post-order, each with its key results, initiatives and work items, so an objective is computed right after its
    /// own part of the walk and its aligned objectives, while their results are still in the cache. Work items and
    /// initiatives are computed from the tables without reading their records. Only cascaded sums that other key results
    /// cascade into, and the objectives above them, wait for a last pass in topological order.
    /// </summary>
    private void ScoreAllCompiled(ResultStore results)
    {
        var objectives = plan.Objectives;
        var tables = plan.ScoringTables;
        var starts = tables.ObjectiveStarts;
        var childStart = index.ChildStart;
        ulong[] done = new ulong[(objectives.Length + 63) / 64];
        bool anyDeferred = false;
        var keyResultTables = plan.KeyResultTables;
        bool compiledKeyResults = config.ProgressByKind.Count == 0
            && config.Progress is StandardProgressStrategy { CapAt: null, FloorAt: null }
            && config.KeyResultStatus is PaceStatusStrategy;
        foreach (int o in tables.ObjectiveOrder)
        {
            var objective = objectives[o];
            int node = starts[ScoringTables.Starts * o];
            int initiativeOrdinal = starts[(ScoringTables.Starts * o) + 1];
            int workItem = starts[(ScoringTables.Starts * o) + 2];
            int firstKeyResult = starts[(ScoringTables.Starts * o) + 3];
            int objectiveNode = node++;
            bool ready = true;
            int keyResultCount = objective.KeyResults.Length;
            for (int k = firstKeyResult; k < firstKeyResult + keyResultCount; k++)
            {
                int keyResultNode = node++;
                int initiatives = keyResultTables.Initiatives[k];
                int activityCounting = 0;
                int activityDone = 0;
                for (int i = 0; i < initiatives; i++)
                {
                    // An initiative's children are its work items, numbered right after it.
                    int initiativeNode = node++;
                    int workItems = childStart[initiativeNode + 1] - childStart[initiativeNode];
                    bool feeds = tables.FeedsActivity[initiativeOrdinal];
                    for (int w = 0; w < workItems; w++)
                    {
                        int outcome = ComputeWorkItem(node++, workItem++, tables, results);
                        if (feeds && outcome >= 0)
                        {
                            activityCounting++;
                            activityDone += outcome;
                        }
                    }

                    ComputeInitiative(initiativeNode, workItems, initiativeOrdinal++, tables, results);
                }

                if (compiledKeyResults && keyResultTables.Kind[k] != CompiledKind.General)
                {
                    results.Set(keyResultNode, ComputeKeyResult(k, objective, keyResultTables, activityCounting, activityDone));
                    continue;
                }

                // A key result's children are its initiatives, then the key results cascading into it; only a cascaded
                // sum reads the latter.
                var keyResult = objective.KeyResults[k - firstKeyResult];
                if (keyResult.Kind is CascadedSumKind && childStart[keyResultNode + 1] - childStart[keyResultNode] > initiatives)
                {
                    ready = false;
                    continue;
                }

                results.Set(keyResultNode, ComputeKeyResult(keyResultNode, objective, keyResult, results, null, (activityCounting, activityDone)));
            }

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

            if (ready)
            {
                results.Set(objectiveNode, TryComputeObjectiveFast(objectiveNode, objective, firstKeyResult, keyResultTables, results, out var fast) ? fast : ComputeObjective(objectiveNode, objective, results, null));
                Mark(done, o);
            }
            else
            {
                anyDeferred = true;
            }
        }

        if (!anyDeferred)
        {
            return;
        }

        foreach (int upper in index.UpperOrder)
        {
            var location = index.LocationOf(upper);
            bool computed = location.Kind == OkrItemKind.Objective
                ? IsMarked(done, location.Objective)
                : objectives[location.Objective].KeyResults[location.KeyResult].Kind is not CascadedSumKind;
            if (!computed)
            {
                results.Set(upper, Compute(upper, results, null));
            }
        }
    }

    /// <summary>Sets one bit of a bit set (objectives rolled up during a walk, periods whose elapsed share is known).</summary>
    private static void Mark(ulong[] bits, int position) => bits[position >> 6] |= 1UL << (position & 63);

    private static bool IsMarked(ulong[] bits, int position) => (bits[position >> 6] & (1UL << (position & 63))) != 0;

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

    /// <summary>Recomputes the changed nodes and their ancestors in place, children before parents.</summary>
    public void Recompute(ResultStore results, IEnumerable<int> changed)
    {
        // The affected nodes: the changed ones and every ancestor, each once.
        var position = new Dictionary<int, int>();
        var affected = new List<int>();
        foreach (int node in changed)
        {
            if (position.TryAdd(node, affected.Count))
            {
                affected.Add(node);
            }
        }

        for (int next = 0; next < affected.Count; next++)
        {
            foreach (int parent in index.ParentsOf(affected[next]))
            {
                if (position.TryAdd(parent, affected.Count))
                {
                    affected.Add(parent);
                }
            }
        }

        // Kahn's algorithm on the affected subgraph: a node is ready once its affected children are recomputed.
        var pending = new int[affected.Count];
        var ready = new Queue<int>();
        for (int i = 0; i < affected.Count; i++)
        {
            foreach (int child in index.ChildrenOf(affected[i]))
            {
                if (position.ContainsKey(child))
                {
                    pending[i]++;
                }
            }

            if (pending[i] == 0)
            {
                ready.Enqueue(affected[i]);
            }
        }

        while (ready.Count > 0)
        {
            int node = ready.Dequeue();
            results.Set(node, Compute(node, results, null));
            foreach (int parent in index.ParentsOf(node))
            {
                if (--pending[position[parent]] == 0)
                {
                    ready.Enqueue(parent);
                }
            }
        }
    }

    public NodeResult Compute(int node, ResultStore results, ExplanationParts? explain)
    {
        var location = index.LocationOf(node);
        var objective = plan.Objectives[location.Objective];
        return location.Kind switch
        {
            OkrItemKind.WorkItem => ComputeWorkItem(objective.KeyResults[location.KeyResult].Initiatives[location.Initiative].WorkItems[location.WorkItem], explain),
            OkrItemKind.Initiative => ComputeInitiative(node, objective, objective.KeyResults[location.KeyResult].Initiatives[location.Initiative], results, explain),
            OkrItemKind.KeyResult => ComputeKeyResult(node, objective, objective.KeyResults[location.KeyResult], results, explain),
            _ => ComputeObjective(node, objective, results, explain),
        };
    }

    public Progress? ExpectedProgressOf(int node)
    {
        var location = index.LocationOf(node);
        var objective = plan.Objectives[location.Objective];
        switch (location.Kind)
        {
            case OkrItemKind.KeyResult:
                return ExpectedForKeyResult(objective, objective.KeyResults[location.KeyResult]);
            case OkrItemKind.Initiative:
                return Progress.FromRatio(InitiativePeriod(objective, objective.KeyResults[location.KeyResult].Initiatives[location.Initiative]).ElapsedFraction(asOf));
            case OkrItemKind.WorkItem:
                return null;
            default:
                return Progress.FromRatio(objective.Period.ElapsedFraction(asOf));
        }
    }

    private static NodeResult NotScored(OkrStatus status) => new() { Status = status };

    /// <summary>A work item's result from the compiled tables: the same rules as <see cref="ComputeWorkItem(WorkItem, ExplanationParts?)"/>.</summary>
    /// <returns>-1 when the item does not count (cancelled), 1 when it is done as of the day, 0 otherwise.</returns>
    private int ComputeWorkItem(int node, int ordinal, ScoringTables tables, ResultStore results)
    {
        var state = (WorkItemState)tables.State[ordinal];
        if (state == WorkItemState.Cancelled)
        {
            results.SetLeaf(node, 0m, OkrStatus.NotScored, NodeFlags.None);
            return -1;
        }

        int today = asOf.DayNumber;
        bool done = today >= tables.DoneFrom[ordinal];
        decimal completion;
        if (done)
        {
            completion = 1m;
        }
        else if (state == WorkItemState.Done)
        {
            completion = 0m;
        }
        else
        {
            ushort ratio = tables.RatioOf[ordinal];
            completion = ratio != ScoringTables.RatioNotTabled ? tables.Ratios[ratio] : WorkItemAt(node).CompletionAsOf(asOf);
        }

        results.SetLeaf(node, completion, WorkItemStatus(state, tables.Due[ordinal], completion, done), NodeFlags.Scored);
        return done ? 1 : 0;
    }

    private Initiative InitiativeAt(int node)
    {
        var location = index.LocationOf(node);
        return plan.Objectives[location.Objective].KeyResults[location.KeyResult].Initiatives[location.Initiative];
    }

    private WorkItem WorkItemAt(int node)
    {
        var location = index.LocationOf(node);
        return plan.Objectives[location.Objective].KeyResults[location.KeyResult].Initiatives[location.Initiative].WorkItems[location.WorkItem];
    }

    /// <summary>An initiative's result from its work items' results and the compiled tables: the same rules as
    /// <see cref="ComputeInitiative(int, Objective, Initiative, ResultStore, ExplanationParts?)"/>. The record is read
    /// only when no work item counts (for the percent typed in).</summary>
    private void ComputeInitiative(int node, int workItemCount, int ordinal, ScoringTables tables, ResultStore results)
    {
        int counting = 0;
        int started = 0;
        decimal sum = 0m;
        for (int child = node + 1; child <= node + workItemCount; child++)
        {
            if (!results.IsScored(child))
            {
                continue;
            }

            counting++;
            sum += results.ProgressOf(child);
            if (results.StatusOf(child) != OkrStatus.NotStarted)
            {
                started++;
            }
        }

        decimal ratio;
        if (counting > 0)
        {
            ratio = sum / counting;
        }
        else if (InitiativeAt(node).PercentComplete is { } percent)
        {
            ratio = Progress.FromPercent(percent).Ratio;
            started = percent > 0m ? 1 : 0;
        }
        else
        {
            results.SetLeaf(node, 0m, OkrStatus.NotScored, NodeFlags.None);
            return;
        }

        OkrStatus status;
        if (InitiativeStatusWithoutPace(ratio, started) is { } decided)
        {
            status = decided.Status;
        }
        else
        {
            var expected = Progress.FromRatio(ElapsedFraction(tables, tables.PeriodOf[ordinal]));
            status = config.ObjectiveStatus.EvaluateStatus(new StatusArguments(index.Ids[node], OkrItemKind.Initiative, null, Progress.FromRatio(ratio), null, expected, default));
        }

        results.SetLeaf(node, ratio, status, NodeFlags.Scored);
    }

    /// <summary>The statuses of a scored initiative decided without the status strategy: all its work done, or none of
    /// it started; null when the strategy decides.</summary>
    private static (OkrStatus Status, string Rule)? InitiativeStatusWithoutPace(decimal ratio, int started) =>
        ratio >= 1m ? (OkrStatus.Achieved, "all work done")
        : started == 0 ? (OkrStatus.NotStarted, "no work started")
        : null;

    /// <summary>The elapsed share of one of the compiled periods as of the day, computed once per period and pass.</summary>
    private decimal ElapsedFraction(ScoringTables tables, int period)
    {
        if (elapsedOf is null)
        {
            elapsedOf = new decimal[tables.Periods.Length];
            elapsedKnown = new ulong[(tables.Periods.Length + 63) / 64];
        }

        if (!IsMarked(elapsedKnown!, period))
        {
            elapsedOf[period] = tables.Periods[period].ElapsedFraction(asOf);
            Mark(elapsedKnown!, period);
        }

        return elapsedOf[period];
    }

    /// <summary>A counting work item's status: done, blocked, overdue (its due day number before the day's), in
    /// progress or started, or not started. <paramref name="dueDay"/> is <see cref="int.MaxValue"/> when it has none.</summary>
    private OkrStatus WorkItemStatus(WorkItemState state, int dueDay, decimal completion, bool done) =>
        done ? OkrStatus.Achieved
        : state == WorkItemState.Blocked ? OkrStatus.AtRisk
        : dueDay < asOf.DayNumber ? OkrStatus.AtRisk
        : state == WorkItemState.InProgress || completion > 0m ? OkrStatus.OnTrack
        : OkrStatus.NotStarted;

    private NodeResult ComputeWorkItem(WorkItem item, ExplanationParts? explain)
    {
        if (!item.Counts)
        {
            explain?.Set("work item", "cancelled: does not count", "cancelled work does not count");
            return NotScored(OkrStatus.NotScored);
        }

        decimal completion = item.CompletionAsOf(asOf);
        bool done = item.IsDoneAsOf(asOf);
        var status = WorkItemStatus(item.State, item.Due?.DayNumber ?? int.MaxValue, completion, done);
        if (explain is not null)
        {
            string rule = done ? "done"
                : item.State == WorkItemState.Blocked ? "blocked"
                : item.Due is { } due && due < asOf ? string.Create(Inv, $"overdue since {due:yyyy-MM-dd}")
                : status == OkrStatus.OnTrack ? "in progress, not overdue"
                : "not started";
            explain.Set("work item", string.Create(Inv, $"{item.State}{(item.PercentComplete is { } p && !done ? $", {p}% complete" : string.Empty)} as of {asOf:yyyy-MM-dd}"), rule);
        }

        return new NodeResult { Progress = completion, Flags = NodeFlags.Scored, Status = status };
    }

    private NodeResult ComputeInitiative(int node, Objective objective, Initiative initiative, ResultStore results, ExplanationParts? explain)
    {
        int counting = 0;
        int started = 0;
        decimal sum = 0m;
        foreach (int child in index.ChildrenOf(node))
        {
            if (!results.IsScored(child))
            {
                explain?.Add(new Contribution(index.Ids[child], OkrItemKind.WorkItem, null, null, 0m, 0m, false, "cancelled"));
                continue;
            }

            counting++;
            decimal childProgress = results.ProgressOf(child);
            sum += childProgress;
            explain?.Add(new Contribution(index.Ids[child], OkrItemKind.WorkItem, Progress.FromRatio(childProgress), Progress.FromRatio(childProgress), 1m, 0m, true, null));
            if (results.StatusOf(child) != OkrStatus.NotStarted)
            {
                started++;
            }
        }

        if (explain is not null)
        {
            explain.FixShares(counting);
        }

        Progress? progress;
        string? summary = null;
        if (counting > 0)
        {
            progress = Progress.FromRatio(sum / counting);
            if (explain is not null)
            {
                summary = string.Create(Inv, $"mean completion of {counting} counting work items");
            }
        }
        else if (initiative.PercentComplete is { } percent)
        {
            progress = Progress.FromPercent(percent);
            started = percent > 0m ? 1 : 0;
            if (explain is not null)
            {
                summary = string.Create(Inv, $"no work items: percent complete typed in, {percent}%");
            }
        }
        else
        {
            progress = null;
            summary = "not scored: no counting work item and no percent complete";
        }

        var result = new NodeResult();
        OkrStatus status;
        string statusRule;
        if (progress is not { } p)
        {
            (status, statusRule) = (OkrStatus.NotScored, "not scored");
        }
        else
        {
            result.Progress = p.Ratio;
            result.Flags = NodeFlags.Scored;
            if (InitiativeStatusWithoutPace(p.Ratio, started) is { } decided)
            {
                (status, statusRule) = decided;
            }
            else
            {
                var expected = Progress.FromRatio(ElapsedFraction(InitiativePeriod(objective, initiative)));
                var arguments = new StatusArguments(initiative.Id, OkrItemKind.Initiative, null, p, null, expected, default);
                (status, statusRule) = Evaluate(config.ObjectiveStatus, arguments, explain);
            }
        }

        result.Status = status;
        explain?.Set("initiative", summary!, statusRule);
        return result;
    }

    /// <summary>A status strategy's answer; the rule is formatted only when an explanation is asked for.</summary>
    private static (OkrStatus Status, string Rule) Evaluate(StatusStrategy strategy, in StatusArguments arguments, ExplanationParts? explain)
    {
        if (explain is null)
        {
            return (strategy.EvaluateStatus(arguments), string.Empty);
        }

        var evaluated = strategy.Evaluate(arguments);
        return (evaluated.Status, evaluated.Rule);
    }

    /// <summary>The elapsed share of a period as of the day, remembered for the last period asked (most items share
    /// one) and, up to a bound, for every other period seen (initiatives have their own dates; a decimal division each).</summary>
    private decimal ElapsedFraction(Period period)
    {
        if (expectedRatio < 0m || period != expectedPeriod)
        {
            expectedPeriod = period;
            // Bounded by the plan's size too, so small plans allocate no more than before.
            int limit = Math.Min(MaxRememberedPeriods, index.Count / 64);
            var known = elapsedByPeriod ??= new Dictionary<Period, decimal>(limit);
            if (!known.TryGetValue(period, out expectedRatio))
            {
                expectedRatio = period.ElapsedFraction(asOf);
                if (known.Count < limit)
                {
                    known.Add(period, expectedRatio);
                }
            }
        }

        return expectedRatio;
    }

    private static Period InitiativePeriod(Objective objective, Initiative initiative) =>
        initiative.Start is { } start && initiative.Due is { } due && due >= start ? new Period(start, due) : objective.Period;

    private NodeResult ComputeKeyResult(int node, Objective objective, KeyResult keyResult, ResultStore results, ExplanationParts? explain, (int Counting, int Done)? activityTally = null)
    {
        var latest = keyResult.LatestCheckInAsOf(asOf);
        int values = 0;
        if (keyResult.Kind is CascadedSumKind)
        {
            foreach (int child in index.ChildrenOf(node))
            {
                if (index.KindOf(child) == OkrItemKind.KeyResult && results.ValueOf(child) is { } v)
                {
                    EnsureCapacity(ref valueBuffer, values + 1);
                    valueBuffer[values++] = v;
                }
            }
        }

        var strategy = config.ProgressFor(keyResult);
        var arguments = new ProgressArguments(keyResult, objective.Period, asOf, latest, valueBuffer.AsSpan(0, values)) { ActivityTally = activityTally };
        var computed = explain is null ? strategy.ComputeProgress(arguments) : strategy.Compute(arguments);

        var result = new NodeResult { LastUpdateTicks = latest?.UtcTicks ?? 0L };
        if (computed.Value is { } value)
        {
            result.Value = value;
            result.Flags |= NodeFlags.HasValue;
        }

        if (latest?.Confidence is { } confidence)
        {
            result.Confidence = confidence;
            result.Flags |= NodeFlags.HasConfidence;
        }

        var progress = computed.Progress;
        var applied = ApplyOverride(keyResult.ProgressOverride, result.LastUpdateTicks, ref progress);
        if (applied is not null)
        {
            result.Flags |= NodeFlags.Overridden;
        }

        if (progress is { } p)
        {
            result.Progress = p.Ratio;
            result.Flags |= NodeFlags.Scored;
        }

        (result.Status, string statusRule) = KeyResultStatus(objective, keyResult, latest, progress, explain);

        if (explain is not null)
        {
            foreach (int child in index.ChildrenOf(node))
            {
                var childKind = index.KindOf(child);
                bool counts = (keyResult.Kind is ActivityKind && childKind == OkrItemKind.Initiative)
                    || (keyResult.Kind is CascadedSumKind && childKind == OkrItemKind.KeyResult && results.ValueOf(child) is not null);
                string? note = counts ? null
                    : childKind == OkrItemKind.Initiative ? "execution only: the key result is measured by its own value"
                    : keyResult.Kind is CascadedSumKind ? "no value yet" : "cascades here, but this key result is not a cascaded sum";
                if (childKind == OkrItemKind.KeyResult && results.ValueOf(child) is { } childValue)
                {
                    note = (note is null ? string.Empty : note + "; ") + "value " + childValue.ToString(Inv);
                }

                explain.Add(new Contribution(index.Ids[child], childKind, results[child].ProgressOrNull, counts ? results[child].ProgressOrNull : null, counts ? 1m : 0m, 0m, counts, note));
            }

            explain.ComputedProgress = computed.Progress;
            explain.Override = applied;
            explain.Set(strategy.Name, strategy.Explain(arguments, computed), statusRule);
        }

        return result;
    }

    /// <summary>
    /// A compiled key result (<see cref="KeyResultTables"/>) under the built-in standard progress (no cap or floor) and
    /// pace status: the latest check-in found on the compiled days and moments, then the rules of
    /// <see cref="ComputeKeyResult(int, Objective, KeyResult, ResultStore, ExplanationParts?, ValueTuple{int, int}?)"/>,
    /// <see cref="KeyResultStatus"/> and the pace strategy for its kind, with the same operations (so the same bits).
    /// No record is read but the objective's.
    /// </summary>
    private NodeResult ComputeKeyResult(int k, Objective objective, KeyResultTables tables, int activityCounting, int activityDone)
    {
        int today = asOf.DayNumber;
        int latestAt = -1;
        for (int c = tables.CheckInStart[k]; c < tables.CheckInStart[k + 1]; c++)
        {
            if (tables.CheckInDay[c] <= today && (latestAt < 0 || tables.CheckInTicks[c] >= tables.CheckInTicks[latestAt]))
            {
                latestAt = c;
            }
        }

        bool hasLatest = latestAt >= 0;
        decimal latestValue = hasLatest ? tables.CheckInValue[latestAt] : 0m;
        var kind = tables.Kind[k];
        byte flags = tables.Flags[k];

        // Progress and value, as KindFormulas computes them for the kind.
        decimal? progress;
        decimal? value = hasLatest ? latestValue : null;
        switch (kind)
        {
            case CompiledKind.Linear:
                progress = hasLatest ? ProgressFormulas.Linear(tables.First[k], tables.Second[k], latestValue) : null;
                break;
            case CompiledKind.Percentage:
                progress = hasLatest ? latestValue / 100m : null;
                break;
            case CompiledKind.Binary:
                progress = !hasLatest || latestValue == 0m ? Progress.Zero.Ratio : Progress.Complete.Ratio;
                break;
            case CompiledKind.Threshold:
                progress = hasLatest ? PassesThreshold(flags, tables.First[k], latestValue) ? Progress.Complete.Ratio : Progress.Zero.Ratio : null;
                break;
            case CompiledKind.Milestones:
                var weights = tables.MilestoneWeights.AsSpan(tables.MilestoneStart[k], tables.MilestoneStart[k + 1] - tables.MilestoneStart[k]);
                int reached = hasLatest ? (int)Math.Clamp(decimal.Floor(latestValue), 0m, weights.Length) : 0;
                value = reached;
                progress = ProgressFormulas.Milestones(weights, reached);
                break;
            default:
                value = activityCounting == 0 ? null : activityDone;
                progress = activityCounting == 0 ? null : (decimal)activityDone / activityCounting;
                break;
        }

        var result = new NodeResult { LastUpdateTicks = latestAt >= 0 ? tables.CheckInTicks[latestAt] : 0L };
        if (value is { } v)
        {
            result.Value = v;
            result.Flags |= NodeFlags.HasValue;
        }

        if (hasLatest && tables.CheckInConfidence[latestAt] is var confidence && confidence != KeyResultTables.NoConfidence)
        {
            result.Confidence = tables.Confidences[confidence];
            result.Flags |= NodeFlags.HasConfidence;
        }

        if (progress is { } p)
        {
            result.Progress = p;
            result.Flags |= NodeFlags.Scored;
        }

        // Status, in KeyResultStatus's order.
        if (objective.ClosedOn is { } closed && closed <= asOf)
        {
            result.Status = OkrStatus.Closed;
        }
        else if (hasLatest && tables.CheckInStatus[latestAt] is var reported && reported != 0)
        {
            result.Status = (OkrStatus)(reported - 1);
        }
        else if (progress is not { } ratio)
        {
            result.Status = !hasLatest && kind != CompiledKind.ActivityDoneShare ? OkrStatus.NotStarted : OkrStatus.NotScored;
        }
        else if (!hasLatest && kind is CompiledKind.Binary or CompiledKind.Milestones)
        {
            result.Status = OkrStatus.NotStarted;
        }
        else if (kind == CompiledKind.ActivityDoneShare && ratio == 0m)
        {
            result.Status = OkrStatus.NotStarted;
        }
        else if (kind != CompiledKind.Threshold && ratio >= 1m)
        {
            result.Status = OkrStatus.Achieved;
        }
        else if (kind == CompiledKind.Threshold)
        {
            // The pace strategy's rule for thresholds (a threshold is scored only with a check-in, so with a value).
            result.Status = PassesThreshold(flags, tables.First[k], latestValue) ? OkrStatus.OnTrack
                : (flags & KeyResultTables.HasRiskThreshold) != 0 && PassesThreshold((byte)(flags | KeyResultTables.OnThresholdPasses), tables.Second[k], latestValue) ? OkrStatus.Behind
                : OkrStatus.AtRisk;
        }
        else
        {
            result.Status = ((PaceStatusStrategy)config.KeyResultStatus).EvaluatePace(ratio, Progress.FromRatio(ElapsedFraction(objective.Period)).Ratio);
        }

        return result;
    }

    private static bool PassesThreshold(byte flags, decimal threshold, decimal value) =>
        ProgressFormulas.PassesThreshold(
            (flags & KeyResultTables.StayAbove) != 0 ? ThresholdDirection.StayAbove : ThresholdDirection.StayBelow,
            threshold,
            (flags & KeyResultTables.OnThresholdPasses) != 0 ? ThresholdBoundary.OnThresholdPasses : ThresholdBoundary.OnThresholdFails,
            value);

    private (OkrStatus Status, string Rule) KeyResultStatus(Objective objective, KeyResult keyResult, CheckIn? latest, Progress? progress, ExplanationParts? explain)
    {
        if (objective.ClosedOn is { } closed && closed <= asOf)
        {
            return (OkrStatus.Closed, explain is null ? string.Empty : string.Create(Inv, $"the objective was closed on {closed:yyyy-MM-dd}"));
        }

        if (latest?.Status is { } reported)
        {
            return (reported, explain is null ? string.Empty : string.Create(Inv, $"reported by {latest.Author ?? "the owner"} at the check-in of {latest.At:yyyy-MM-dd}"));
        }

        var kind = keyResult.Kind;
        if (progress is not { } p)
        {
            return latest is null && kind is not (BaselineKind or ActivityKind or CascadedSumKind)
                ? (OkrStatus.NotStarted, "no check-in yet")
                : (OkrStatus.NotScored, "not scored");
        }

        if (latest is null && kind is BinaryKind or MilestonesKind)
        {
            return (OkrStatus.NotStarted, "no check-in yet");
        }

        if (kind is ActivityKind && p.Ratio == 0m)
        {
            return (OkrStatus.NotStarted, "no work done yet");
        }

        bool hasEndTarget = kind switch
        {
            ThresholdKind or RangeKind => false,
            ControlKpiKind kpi => kpi.Method is ControlKpiMethod.SuccessfulCheckInShare or ControlKpiMethod.SumOverTargets,
            _ => true,
        };
        if (hasEndTarget && p.Ratio >= 1m)
        {
            return (OkrStatus.Achieved, "the target is reached");
        }

        var expected = ExpectedForKeyResult(objective, keyResult) ?? Progress.Complete;
        return Evaluate(config.KeyResultStatus, new StatusArguments(keyResult.Id, OkrItemKind.KeyResult, kind, p, latest?.Value, expected, default), explain);
    }

    private Progress? ExpectedForKeyResult(Objective objective, KeyResult keyResult)
    {
        switch (keyResult.Kind)
        {
            case ThresholdKind or RangeKind:
                return null;
            case ControlKpiKind { Method: ControlKpiMethod.DistanceFromTarget or ControlKpiMethod.AverageOverTarget }:
                return Progress.Complete;
        }

        if (!keyResult.PhasedTargets.IsEmpty)
        {
            (decimal start, decimal target) = keyResult.Kind switch
            {
                LinearKind l => (l.Start, l.Target),
                CascadedSumKind c => (c.Start, c.Target),
                PercentageKind => (0m, 100m),
                _ => (0m, 0m),
            };
            if (start != target && PhasedValue(objective.Period, start, keyResult.PhasedTargets) is { } expectedValue
                && ProgressFormulas.Linear(start, target, expectedValue) is { } ratio)
            {
                return Progress.FromRatio(ratio);
            }
        }

        return Progress.FromRatio(ElapsedFraction(objective.Period));
    }

    private decimal? PhasedValue(Period period, decimal start, ImmutableArray<PhasedTarget> phases)
    {
        // Day numbers, not DateOnly: the day before a period starting on 0001-01-01 is -1, which DateOnly cannot hold.
        int previousDay = period.Start.DayNumber - 1;
        int today = asOf.DayNumber;
        decimal previousValue = start;
        try
        {
            foreach (var phase in phases.OrderBy(p => p.Day))
            {
                if (today <= previousDay)
                {
                    return previousValue;
                }

                int phaseDay = phase.Day.DayNumber;
                if (today <= phaseDay)
                {
                    int span = phaseDay - previousDay;
                    decimal fraction = span == 0 ? 1m : (decimal)(today - previousDay) / span;
                    return previousValue + ((phase.ExpectedValue - previousValue) * fraction);
                }

                previousDay = phaseDay;
                previousValue = phase.ExpectedValue;
            }
        }
        catch (OverflowException)
        {
            return null;
        }

        return previousValue;
    }

    private ProgressOverride? ApplyOverride(ProgressOverride? candidate, long lastUpdateTicks, ref Progress? progress)
    {
        if (candidate is null || DateOnly.FromDateTime(candidate.At.DateTime) > asOf)
        {
            return null;
        }

        if (candidate.Mode == OverrideMode.OneOff && lastUpdateTicks > candidate.At.UtcTicks)
        {
            return null;
        }

        progress = candidate.Progress;
        return candidate;
    }

    private NodeResult ComputeObjective(int node, Objective objective, ResultStore results, ExplanationParts? explain)
    {
        var settings = objective.Rollup ?? config.DefaultRollup;
        var strategy = settings.Strategy ?? config.Rollup;
        var candidates = index.ChildrenOf(node);
        int n = candidates.Length;
        EnsureCapacity(ref weightBuffer, n);
        EnsureCapacity(ref effectiveBuffer, n);
        EnsureCapacity(ref candidateBuffer, n);
        EnsureCapacity(ref rollupBuffer, n);
        EnsureCapacity(ref statusBuffer, n);
        EnsureCapacity(ref childBuffer, n);

        // The children list is the objective's own key results (in order), then aligned objectives, then the
        // initiatives under its key results. Initiatives excluded by the settings have no last update, do not count
        // and do not affect the status: without an explanation they are skipped unread.
        var ownKeyResults = objective.KeyResults;
        int walked = n;
        bool fast = explain is null && !generalPathOnly;
        int ownCount = fast ? ownKeyResults.Length : 0;
        if (fast && !settings.IncludeInitiatives)
        {
            int initiatives = 0;
            for (int k = 0; k < ownKeyResults.Length; k++)
            {
                initiatives += ownKeyResults[k].Initiatives.Length;
            }

            walked = n - initiatives;
            for (int i = walked; i < n; i++)
            {
                childBuffer[i] = (default, true, true);
            }
        }

        // Pass 1: which children count, with their declared weights.
        int counting = 0;
        long lastUpdate = 0L;
        bool anyNotStarted = false;
        bool anyStarted = false;
        for (int i = 0; i < walked; i++)
        {
            int child = candidates[i];
            lastUpdate = Math.Max(lastUpdate, results.LastUpdateOf(child));
            var (weight, contributes, excludedBySettings) = childBuffer[i] = i < ownCount
                ? KeyResultWeight(ownKeyResults[i], settings)
                : ChildWeight(child, settings);
            string? note = excludedBySettings ? "excluded by the roll-up settings"
                : !contributes ? "opted out"
                : weight.IsZero ? "weight 0"
                : !results.IsScored(child) ? "not scored" : null;
            bool counts = note is null;
            if (!excludedBySettings && contributes && !weight.IsZero)
            {
                var childStatus = results.StatusOf(child);
                anyNotStarted |= childStatus == OkrStatus.NotStarted;
                anyStarted |= childStatus is not (OkrStatus.NotStarted or OkrStatus.NotScored);
            }

            if (counts)
            {
                candidateBuffer[counting] = child;
                weightBuffer[counting] = weight;
                counting++;
            }
            else
            {
                explain?.Add(new Contribution(index.Ids[child], index.KindOf(child), results[child].ProgressOrNull, null, 0m, 0m, false, note));
            }
        }

        ProgressFormulas.ResolveWeights(weightBuffer.AsSpan(0, counting), effectiveBuffer);

        // Strategies see weights scaled down by a power of ten (exact in decimal) so the largest is at most 1:
        // the same ratios, with sums that cannot overflow.
        decimal largestWeight = 0m;
        for (int i = 0; i < counting; i++)
        {
            largestWeight = Math.Max(largestWeight, effectiveBuffer[i]);
        }

        largestWeight = ProgressFormulas.PowerOfTenAtLeast(largestWeight);
        bool largestWeightIsOne = largestWeight == 1m && largestWeight.Scale == 0;

        // Pass 2: the counting children with positive effective weight, capped and floored.
        bool inlineMean = fast && strategy.GetType() == typeof(WeightedMeanRollup);
        if (inlineMean)
        {
            EnsureCapacity(ref valueBuffer, n);
        }

        int used = 0;
        decimal confidenceWeight = 0m;
        decimal confidenceSum = 0m;
        for (int i = 0; i < counting; i++)
        {
            int child = candidateBuffer[i];
            decimal weight = effectiveBuffer[i];
            decimal counted = results.ProgressOf(child);
            string? note = null;
            if (settings.CapChildrenAt is { } cap && counted > cap)
            {
                counted = cap;
                note = explain is null ? null : string.Create(Inv, $"capped at {Progress.FromRatio(cap)}");
            }

            if (settings.FloorChildrenAt is { } floor && counted < floor)
            {
                counted = floor;
                note = explain is null ? null : string.Create(Inv, $"floored at {Progress.FromRatio(floor)}");
            }

            if (weight <= 0m)
            {
                explain?.Add(new Contribution(index.Ids[child], index.KindOf(child), results[child].ProgressOrNull, null, 0m, 0m, false, "no share left after fixed shares"));
                continue;
            }

            // Dividing by a scale-0 one is the identity (same bits), and it is the common case: skip the division.
            decimal relative = largestWeightIsOne ? weight : weight / largestWeight;
            if (inlineMean)
            {
                // The built-in weighted mean needs only the numbers: the child's id and kind are not read. The weights
                // are compacted in place (used <= i: entry i is already read).
                valueBuffer[used] = counted;
                effectiveBuffer[used++] = relative;
            }
            else
            {
                rollupBuffer[used++] = new RollupChild(index.Ids[child], index.KindOf(child), Progress.FromRatio(counted), relative);
            }

            if (results.ConfidenceOf(child) is { } c)
            {
                confidenceWeight += relative;
                confidenceSum += relative * c;
            }

            explain?.Add(new Contribution(index.Ids[child], index.KindOf(child), results[child].ProgressOrNull, Progress.FromRatio(counted), weight, 0m, true, note));
        }

        var arguments = new RollupArguments(objective.Id, rollupBuffer.AsSpan(0, used));
        RollupResult rolled;
        try
        {
            rolled = used == 0 ? RollupResult.NotScored("nothing to aggregate")
                : inlineMean ? WeightedMean(valueBuffer.AsSpan(0, used), effectiveBuffer.AsSpan(0, used))
                : strategy.Aggregate(arguments);
        }
        catch (OverflowException)
        {
            rolled = RollupResult.NotScored("the children's progress is beyond the range of decimal arithmetic");
        }

        // The built-in pace strategy ignores the children: skip listing them unless explaining.
        int statuses = 0;
        for (int i = 0; i < n && (explain is not null || config.ObjectiveStatus is not PaceStatusStrategy); i++)
        {
            int child = candidates[i];
            var (weight, contributes, excluded) = childBuffer[i];
            statusBuffer[statuses++] = new StatusChild(index.Ids[child], results.StatusOf(child), results.ConfidenceOf(child), excluded || !contributes ? 0m : weight.IsFixedShare ? weight.FixedSharePercent / 100m : weight.Multiplier);
        }

        var result = ConcludeObjective(objective, rolled.Progress, lastUpdate, confidenceWeight, confidenceSum, anyStarted, anyNotStarted, statusBuffer.AsSpan(0, statuses), explain, out var applied, out string statusRule);
        if (explain is not null)
        {
            for (int i = 0; i < used; i++)
            {
                explain.SetShare(rollupBuffer[i].Id, used == 0 ? 0m : strategy.ShareOf(arguments, i));
            }

            explain.ComputedProgress = rolled.Progress;
            explain.Override = applied;
            string summary = rolled.Progress is { } rp
                ? string.Create(Inv, $"{strategy.Name} of {used} counting children = {rp}")
                : "not scored: " + rolled.Rule;
            if (settings.CapChildrenAt is { } capAt)
            {
                summary += string.Create(Inv, $"; children capped at {Progress.FromRatio(capAt)}");
            }

            if (result.ValueOrNull is { } projected)
            {
                summary += string.Create(Inv, $"; projected onto {objective.Scale!.Start}..{objective.Scale.Target}: {projected}");
            }

            explain.Set(strategy.Name, summary, statusRule);
        }

        return result;
    }

    /// <summary>An objective's result once its children are aggregated: confidence, override, projection onto its
    /// scale and status.</summary>
    private NodeResult ConcludeObjective(Objective objective, Progress? rolled, long lastUpdate, decimal confidenceWeight, decimal confidenceSum, bool anyStarted, bool anyNotStarted, ReadOnlySpan<StatusChild> statusChildren, ExplanationParts? explain, out ProgressOverride? applied, out string statusRule)
    {
        var result = new NodeResult { LastUpdateTicks = lastUpdate };
        if (confidenceWeight > 0m)
        {
            result.Confidence = confidenceSum / confidenceWeight;
            result.Flags |= NodeFlags.HasConfidence;
        }

        var progress = rolled;
        applied = ApplyOverride(objective.ProgressOverride, lastUpdate, ref progress);
        if (applied is not null)
        {
            result.Flags |= NodeFlags.Overridden;
        }

        if (progress is { } p)
        {
            result.Progress = p.Ratio;
            result.Flags |= NodeFlags.Scored;
            if (objective.Scale is { } scale)
            {
                try
                {
                    result.Value = scale.Project(p);
                    result.Flags |= NodeFlags.HasValue;
                }
                catch (OverflowException)
                {
                    // The projection is beyond decimal's range: the value stays unknown rather than wrong.
                }
            }
        }

        // Status.
        OkrStatus status;
        if (objective.ClosedOn is { } closed && closed <= asOf)
        {
            (status, statusRule) = (OkrStatus.Closed, explain is null ? string.Empty : string.Create(Inv, $"closed on {closed:yyyy-MM-dd}"));
        }
        else if (progress is not { } scored)
        {
            (status, statusRule) = anyNotStarted && !anyStarted ? (OkrStatus.NotStarted, "no child started yet") : (OkrStatus.NotScored, "not scored: nothing to aggregate");
        }
        else if (!anyStarted && anyNotStarted && applied is null)
        {
            (status, statusRule) = (OkrStatus.NotStarted, "no child started yet");
        }
        else if (scored.Ratio >= 1m)
        {
            (status, statusRule) = (OkrStatus.Achieved, "the target is reached");
        }
        else
        {
            var expected = Progress.FromRatio(ElapsedFraction(objective.Period));
            var statusArguments = new StatusArguments(objective.Id, OkrItemKind.Objective, null, scored, result.ValueOrNull, expected, statusChildren);
            (status, statusRule) = Evaluate(config.ObjectiveStatus, statusArguments, explain);
        }

        result.Status = status;
        return result;
    }

    /// <summary>
    /// <see cref="ComputeObjective"/> for the common case, in two short loops without the general path's buffers: the
    /// built-in weighted mean over multiplier weights, no capping, flooring or weighting by target size, initiatives
    /// excluded and aligned objectives included, the built-in pace status, no explanation. Same operations in the same
    /// order, so the same bits. False (and nothing changed) when the objective needs the general path.
    /// </summary>
    private bool TryComputeObjectiveFast(int node, Objective objective, int firstKeyResult, KeyResultTables keyResultTables, ResultStore results, out NodeResult result)
    {
        result = default;
        var settings = objective.Rollup ?? config.DefaultRollup;
        if ((settings.Strategy ?? config.Rollup).GetType() != typeof(WeightedMeanRollup) || settings.IncludeInitiatives || !settings.IncludeChildObjectives
            || settings.CapChildrenAt is not null || settings.FloorChildrenAt is not null || settings.WeightByTargetSize
            || config.ObjectiveStatus is not PaceStatusStrategy)
        {
            return false;
        }

        // The children are the objective's own key results (in order), then aligned objectives, then the initiatives
        // under its key results (excluded here, so not read).
        int keyResults = objective.KeyResults.Length;
        var candidates = index.ChildrenOf(node);
        int walked = candidates.Length;
        for (int k = firstKeyResult; k < firstKeyResult + keyResults; k++)
        {
            walked -= keyResultTables.Initiatives[k];
        }

        EnsureCapacity(ref candidateBuffer, walked);
        EnsureCapacity(ref effectiveBuffer, walked);
        int counting = 0;
        long lastUpdate = 0L;
        bool anyNotStarted = false;
        bool anyStarted = false;
        decimal largestWeight = 0m;
        for (int i = 0; i < walked; i++)
        {
            int child = candidates[i];
            lastUpdate = Math.Max(lastUpdate, results.LastUpdateOf(child));
            ContributionWeight weight;
            bool contributes;
            if (i < keyResults)
            {
                // From the compiled key results: the weight's exact numbers and the opt-in.
                int k = firstKeyResult + i;
                ushort position = keyResultTables.WeightOf[k];
                weight = position != KeyResultTables.WeightNotTabled ? keyResultTables.Weights[position] : objective.KeyResults[i].Weight;
                contributes = (keyResultTables.Flags[k] & KeyResultTables.Contributes) != 0;
            }
            else
            {
                var aligned = plan.Objectives[index.LocationOf(child).Objective];
                (weight, contributes) = (aligned.Weight, aligned.Contributes);
            }

            if (weight.IsFixedShare)
            {
                return false;
            }

            decimal multiplier = weight.Multiplier;
            if (!contributes || multiplier == 0m)
            {
                continue;
            }

            var childStatus = results.StatusOf(child);
            anyNotStarted |= childStatus == OkrStatus.NotStarted;
            anyStarted |= childStatus is not (OkrStatus.NotStarted or OkrStatus.NotScored);
            if (results.IsScored(child))
            {
                candidateBuffer[counting] = child;
                effectiveBuffer[counting++] = multiplier;
                largestWeight = Math.Max(largestWeight, multiplier);
            }
        }

        largestWeight = ProgressFormulas.PowerOfTenAtLeast(largestWeight);
        bool largestWeightIsOne = largestWeight == 1m && largestWeight.Scale == 0;
        int used = 0;
        decimal total = 0m;
        decimal sum = 0m;
        decimal confidenceWeight = 0m;
        decimal confidenceSum = 0m;
        Progress? rolled;
        try
        {
            for (int i = 0; i < counting; i++)
            {
                int child = candidateBuffer[i];
                decimal weight = effectiveBuffer[i];
                if (weight <= 0m)
                {
                    continue;
                }

                decimal relative = largestWeightIsOne ? weight : weight / largestWeight;
                used++;
                total += relative;
                sum += relative * results.ProgressOf(child);
                if (results.ConfidenceOf(child) is { } c)
                {
                    confidenceWeight += relative;
                    confidenceSum += relative * c;
                }
            }

            rolled = used == 0 || total == 0m ? null : Progress.FromRatio(sum / total);
        }
        catch (OverflowException)
        {
            return false;
        }

        result = ConcludeObjective(objective, rolled, lastUpdate, confidenceWeight, confidenceSum, anyStarted, anyNotStarted, default, null, out _, out _);
        return true;
    }

    /// <summary>A structural child's weight in an objective, whether it opted in, and whether the settings exclude its category.</summary>
    private (ContributionWeight Weight, bool Contributes, bool ExcludedBySettings) ChildWeight(int child, RollupSettings settings)
    {
        var location = index.LocationOf(child);
        if ((location.Kind == OkrItemKind.Initiative && !settings.IncludeInitiatives) || (location.Kind == OkrItemKind.Objective && !settings.IncludeChildObjectives))
        {
            // Excluded by the settings: weight and opt-in are never read, so the item is not loaded.
            return (default, true, true);
        }

        var owner = plan.Objectives[location.Objective];
        switch (location.Kind)
        {
            case OkrItemKind.KeyResult:
                return KeyResultWeight(owner.KeyResults[location.KeyResult], settings);
            case OkrItemKind.Objective:
                return (owner.Weight, owner.Contributes, !settings.IncludeChildObjectives);
            default:
                var initiative = owner.KeyResults[location.KeyResult].Initiatives[location.Initiative];
                return (initiative.Weight, initiative.Contributes, !settings.IncludeInitiatives);
        }
    }

    /// <summary><see cref="WeightedMeanRollup.Aggregate"/> on plain numbers, with the same operations in the same order
    /// (so the same result, bit for bit, and the same overflow).</summary>
    private static RollupResult WeightedMean(ReadOnlySpan<decimal> progress, ReadOnlySpan<decimal> weights)
    {
        decimal total = 0m;
        decimal sum = 0m;
        for (int i = 0; i < progress.Length; i++)
        {
            total += weights[i];
            sum += weights[i] * progress[i];
        }

        return total == 0m ? RollupResult.NotScored("nothing to aggregate") : RollupResult.Scored(Progress.FromRatio(sum / total), WeightedMeanRollup.StrategyName);
    }

    /// <summary>A key result's weight in its objective and whether it opted in.</summary>
    private static (ContributionWeight Weight, bool Contributes, bool ExcludedBySettings) KeyResultWeight(KeyResult keyResult, RollupSettings settings)
    {
        var weight = keyResult.Weight;
        if (settings.WeightByTargetSize && !weight.IsFixedShare && TargetSize(keyResult.Kind) is { } size)
        {
            try
            {
                weight = ContributionWeight.Times(weight.Multiplier * size);
            }
            catch (OverflowException)
            {
                // Keep the declared multiplier when the product is beyond decimal's range.
            }
        }

        return (weight, keyResult.Contributes, false);
    }

    private static decimal? TargetSize(KeyResultKind kind)
    {
        try
        {
            return kind switch
            {
                LinearKind l => Math.Abs(l.Target - l.Start),
                CascadedSumKind c => Math.Abs(c.Target - c.Start),
                _ => null,
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static void EnsureCapacity<T>(ref T[] buffer, int size)
    {
        if (buffer.Length < size)
        {
            Array.Resize(ref buffer, Math.Max(size, buffer.Length * 2));
        }
    }
}
