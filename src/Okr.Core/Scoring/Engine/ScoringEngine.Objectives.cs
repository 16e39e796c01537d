using Okr.Core.Internal;
using Okr.Core.Scoring.Rules;

namespace Okr.Core.Scoring;

/// <summary>
/// Objectives from their records and their children's results: which children count and with what weight
/// (<see cref="ChildWeighing"/>), the roll-up (the strategy, or for the built-in weighted mean <see cref="WeightedMean"/> on
/// plain numbers), then <see cref="ConcludeObjective"/>: confidence, override, projection and the status order.
/// </summary>
internal sealed partial class ScoringEngine
{
    private RollupChild[] rollupBuffer = [];
    private StatusChild[] statusBuffer = [];
    private ContributionWeight[] weightBuffer = [];
    private decimal[] effectiveBuffer = [];
    private int[] candidateBuffer = [];
    private (ContributionWeight Weight, bool Contributes, bool Excluded)[] childBuffer = [];

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
        EnsureCapacity(ref valueBuffer, n);

        bool fast = explain is null && !generalPathOnly;
        int counting = WeighChildren(objective, settings, candidates, fast, results, explain, out var facts);
        ProgressFormulas.ResolveWeights(weightBuffer.AsSpan(0, counting), effectiveBuffer);
        decimal largestWeight = 0m;
        for (int i = 0; i < counting; i++)
        {
            largestWeight = Math.Max(largestWeight, effectiveBuffer[i]);
        }

        bool inlineMean = fast && CompiledScoring.IsBuiltInWeightedMean(strategy);
        var confidence = default(WeightedMean);
        int used = CountChildren(counting, settings, ChildWeighing.ScaleFor(largestWeight), inlineMean, results, ref confidence, explain);
        var arguments = new RollupArguments(objective.Id, rollupBuffer.AsSpan(0, used));
        RollupResult rolled;
        try
        {
            rolled = used == 0 ? RollupResult.NotScored("nothing to aggregate")
                : inlineMean ? WeightedMeanOf(valueBuffer.AsSpan(0, used), effectiveBuffer.AsSpan(0, used))
                : strategy.Aggregate(arguments);
        }
        catch (OverflowException)
        {
            rolled = RollupResult.NotScored("the children's progress is beyond the range of decimal arithmetic");
        }

        // The built-in pace strategy ignores the children: skip listing them unless explaining.
        int statuses = 0;
        for (int i = 0; i < n && (explain is not null || !CompiledScoring.ObjectiveStatusIgnoresChildren(config)); i++)
        {
            int child = candidates[i];
            var (weight, contributes, excluded) = childBuffer[i];
            statusBuffer[statuses++] = new StatusChild(index.Ids[child], results.StatusOf(child), results.ConfidenceOf(child), excluded || !contributes ? 0m : weight.IsFixedShare ? weight.FixedSharePercent / 100m : weight.Multiplier);
        }

        var result = ConcludeObjective(node, objective, rolled.Progress, facts, confidence, statusBuffer.AsSpan(0, statuses), explain, out var applied, out string statusRule);
        if (explain is not null)
        {
            ExplainObjective(objective, settings, strategy, arguments, rolled, result, applied, statusRule, explain);
        }

        return result;
    }

    /// <summary>Pass 1: every child's weight and role; the counting ones go to the candidate and weight buffers.</summary>
    /// <returns>How many children count.</returns>
    private int WeighChildren(Objective objective, RollupSettings settings, ReadOnlySpan<int> candidates, bool fast, ResultStore results, ExplanationParts? explain, out ChildWeighing.Facts facts)
    {
        // The children list is the objective's own key results (in order), then aligned objectives, then the
        // initiatives under its key results. Initiatives excluded by the settings have no last update, do not count
        // and do not affect the status: without an explanation they are skipped unread.
        var ownKeyResults = objective.KeyResults;
        int n = candidates.Length;
        int walked = n;
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

        facts = default;
        int counting = 0;
        for (int i = 0; i < walked; i++)
        {
            int child = candidates[i];
            facts.LastUpdate = Math.Max(facts.LastUpdate, results.LastUpdateOf(child));
            var (weight, contributes, excludedBySettings) = childBuffer[i] = i < ownCount
                ? (ChildWeighing.KeyResultWeight(ownKeyResults[i], settings), ownKeyResults[i].Contributes, false)
                : ChildWeight(child, settings);
            var role = ChildWeighing.RoleOf(excludedBySettings, contributes, weight.IsZero, results.IsScored(child), settings.NotScoredChildren);
            if (ChildWeighing.IsWeighed(role))
            {
                ChildWeighing.Observe(ref facts, results.StatusOf(child));
            }

            if (ChildWeighing.Counts(role))
            {
                candidateBuffer[counting] = child;
                weightBuffer[counting] = weight;
                counting++;
            }
            else
            {
                explain?.Add(new Contribution(index.Ids[child], index.KindOf(child), results[child].ProgressOrNull, null, 0m, 0m, false, ChildWeighing.NoteOf(role)));
            }
        }

        return counting;
    }

    /// <summary>Pass 2: the counting children with positive effective weight, capped and floored, as the strategy sees them
    /// (or, for the built-in weighted mean, as plain numbers), and the confidence mean.</summary>
    /// <returns>How many children the roll-up uses.</returns>
    private int CountChildren(int counting, RollupSettings settings, ChildWeighing.Scale scale, bool inlineMean, ResultStore results, ref WeightedMean confidence, ExplanationParts? explain)
    {
        int used = 0;
        for (int i = 0; i < counting; i++)
        {
            int child = candidateBuffer[i];
            decimal weight = effectiveBuffer[i];
            bool scored = results.IsScored(child);
            decimal counted = ChildWeighing.Bound(ChildWeighing.CountedProgress(scored, results.ProgressOf(child)), settings.CapChildrenAt, settings.FloorChildrenAt, out bool capped, out bool floored);
            if (weight <= 0m)
            {
                explain?.Add(new Contribution(index.Ids[child], index.KindOf(child), results[child].ProgressOrNull, null, 0m, 0m, false, "no share left after fixed shares"));
                continue;
            }

            decimal relative = scale.Relative(weight);
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
                confidence.Add(relative, c);
            }

            if (explain is not null)
            {
                string? note = floored ? string.Create(Inv, $"floored at {Progress.FromRatio(settings.FloorChildrenAt!.Value)}")
                    : capped ? string.Create(Inv, $"capped at {Progress.FromRatio(settings.CapChildrenAt!.Value)}")
                    : null;
                if (!scored)
                {
                    note = note is null ? ChildWeighing.CountedAsZeroNote : ChildWeighing.CountedAsZeroNote + ", " + note;
                    explain.CountedAsZero.Add(index.Ids[child]);
                }

                explain.Add(new Contribution(index.Ids[child], index.KindOf(child), results[child].ProgressOrNull, Progress.FromRatio(counted), weight, 0m, true, note));
            }
        }

        return used;
    }

    /// <summary><see cref="WeightedMeanRollup"/>'s answer on plain numbers: the same kernel, so the same bits and the same overflow.</summary>
    private static RollupResult WeightedMeanOf(ReadOnlySpan<decimal> progress, ReadOnlySpan<decimal> weights)
    {
        var mean = default(WeightedMean);
        for (int i = 0; i < progress.Length; i++)
        {
            mean.Add(weights[i], progress[i]);
        }

        return mean.Mean is { } m ? RollupResult.Scored(Progress.FromRatio(m), WeightedMeanRollup.StrategyName) : RollupResult.NotScored("nothing to aggregate");
    }

    private void ExplainObjective(Objective objective, RollupSettings settings, RollupStrategy strategy, in RollupArguments arguments, RollupResult rolled, NodeResult result, ProgressOverride? applied, string statusRule, ExplanationParts explain)
    {
        int used = arguments.Children.Length;
        for (int i = 0; i < used; i++)
        {
            explain.SetShare(rollupBuffer[i].Id, strategy.ShareOf(arguments, i));
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

        if (explain.CountedAsZero.Count > 0)
        {
            summary += "; not scored, counted as 0: " + string.Join(", ", explain.CountedAsZero);
        }

        if (result.ValueOrNull is { } projected)
        {
            summary += string.Create(Inv, $"; projected onto {objective.Scale!.Start}..{objective.Scale.Target}: {projected}");
        }

        explain.Set(strategy.Name, summary, statusRule);
    }

    /// <summary>An objective's result once its children are aggregated: confidence, override, projection onto its
    /// scale and status (both roll-ups end here).</summary>
    private NodeResult ConcludeObjective(int node, Objective objective, Progress? rolled, ChildWeighing.Facts facts, WeightedMean confidence, ReadOnlySpan<StatusChild> statusChildren, ExplanationParts? explain, out ProgressOverride? applied, out string statusRule)
    {
        var result = new NodeResult { LastUpdateTicks = facts.LastUpdate };
        if (confidence.Mean is { } meanConfidence)
        {
            result.Confidence = meanConfidence;
            result.Flags |= NodeFlags.HasConfidence;
        }

        var progress = rolled;
        applied = ApplyOverride(objective.ProgressOverride, facts.LastUpdate, ref progress);
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

        (result.Status, statusRule) = ObjectiveStatus(node, objective, progress, facts, applied is not null, result.ValueOrNull, statusChildren, explain);
        return result;
    }

    /// <summary>An objective's status order: closed, then not scored / not started, then achieved, then the strategy.</summary>
    private (OkrStatus Status, string Rule) ObjectiveStatus(int node, Objective objective, Progress? progress, ChildWeighing.Facts facts, bool overridden, decimal? value, ReadOnlySpan<StatusChild> statusChildren, ExplanationParts? explain)
    {
        NoteStatusFollowsTime(node, false);
        if (objective.ClosedOn is { } closed && closed <= asOf)
        {
            return (OkrStatus.Closed, explain is null ? string.Empty : string.Create(Inv, $"closed on {closed:yyyy-MM-dd}"));
        }

        if (progress is not { } scored)
        {
            return facts.AnyNotStarted && !facts.AnyStarted ? (OkrStatus.NotStarted, "no child started yet") : (OkrStatus.NotScored, "not scored: nothing to aggregate");
        }

        if (!facts.AnyStarted && facts.AnyNotStarted && !overridden)
        {
            return (OkrStatus.NotStarted, "no child started yet");
        }

        if (scored.Ratio >= 1m)
        {
            return (OkrStatus.Achieved, "the target is reached");
        }

        NoteStatusFollowsTime(node, true);
        return ObjectivePaceStatus(objective, scored, value, statusChildren, explain);
    }

    /// <summary>The last step of an objective's status order: the status strategy, with the objective's progress (after any
    /// override), its value and the elapsed share of its period. A series re-evaluates it alone on a day when only the
    /// elapsed time changed and the strategy ignores the children's statuses.</summary>
    private (OkrStatus Status, string Rule) ObjectivePaceStatus(Objective objective, Progress scored, decimal? value, ReadOnlySpan<StatusChild> statusChildren, ExplanationParts? explain)
    {
        var expected = Progress.FromRatio(ElapsedFraction(objective.Period));
        return Evaluate(config.ObjectiveStatus, new StatusArguments(objective.Id, OkrItemKind.Objective, null, scored, value, expected, statusChildren), explain);
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
                var keyResult = owner.KeyResults[location.KeyResult];
                return (ChildWeighing.KeyResultWeight(keyResult, settings), keyResult.Contributes, false);
            case OkrItemKind.Objective:
                return (ChildWeighing.ObjectiveWeight(owner, settings), owner.Contributes, !settings.IncludeChildObjectives);
            default:
                var initiative = owner.KeyResults[location.KeyResult].Initiatives[location.Initiative];
                return (initiative.Weight, initiative.Contributes, !settings.IncludeInitiatives);
        }
    }
}
