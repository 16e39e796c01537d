using Okr.Core.Internal;
using Okr.Core.Scoring.Rules;

namespace Okr.Core.Scoring;

/// <summary>
/// Key results from the compiled tables (<see cref="KeyResultTables"/>), for the kinds and configurations
/// <see cref="CompiledScoring"/> names: the latest check-in through <see cref="CheckInRules"/>, progress through
/// <see cref="KindProgressRules"/> and <see cref="ProgressFormulas"/>, status through <see cref="KeyResultStatusRules"/> (traits
/// compiled from the kind), <see cref="ThresholdRules"/> and the pace strategy. No record is read but the objective's.
/// </summary>
internal sealed partial class ScoringEngine
{
    private NodeResult ComputeCompiledKeyResult(int node, int k, Objective objective, KeyResultTables tables, ActivityCount activity)
    {
        int latestAt = LatestCheckIn(tables, k);
        bool hasLatest = latestAt >= 0;
        decimal latestValue = hasLatest ? tables.CheckInValue[latestAt] : 0m;
        var (progress, value) = CompiledProgress(k, tables, hasLatest, latestValue, activity);

        var result = new NodeResult { LastUpdateTicks = hasLatest ? tables.CheckInTicks[latestAt] : 0L };
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

        result.Status = CompiledKeyResultStatus(k, objective, tables, latestAt, progress, out bool followsTime);
        NoteStatusFollowsTime(node, followsTime);
        return result;
    }

    /// <summary>A compiled key result's status from its latest check-in (position, or -1) and its progress: the status order
    /// of <see cref="KeyResultStatusRules"/>, then the threshold rule or the pace strategy. A series re-evaluates it alone
    /// on a day when only the elapsed time changed. <paramref name="followsTime"/>: whether the status came from the pace rule
    /// against the elapsed share of the period (the only part of it that can change when nothing else does).</summary>
    private OkrStatus CompiledKeyResultStatus(int k, Objective objective, KeyResultTables tables, int latestAt, decimal? progress, out bool followsTime)
    {
        followsTime = false;
        bool hasLatest = latestAt >= 0;
        bool closed = objective.ClosedOn is { } closedOn && closedOn <= asOf;
        OkrStatus? reported = hasLatest && tables.CheckInStatus[latestAt] is var code && code != 0 ? (OkrStatus)(code - 1) : null;
        var (status, reason) = KeyResultStatusRules.Decide(closed, hasLatest, reported, progress, tables.StatusTraits[k]);
        if (reason != KeyResultStatusReason.Strategy)
        {
            return status;
        }

        if (tables.Kind[k] == CompiledKind.Threshold)
        {
            // The pace strategy's rule for thresholds (a threshold is scored only with a check-in, so with a value).
            byte flags = tables.Flags[k];
            return ThresholdRules.Status(
                (flags & KeyResultTables.StayAbove) != 0 ? ThresholdDirection.StayAbove : ThresholdDirection.StayBelow,
                tables.First[k],
                (flags & KeyResultTables.OnThresholdPasses) != 0 ? ThresholdBoundary.OnThresholdPasses : ThresholdBoundary.OnThresholdFails,
                (flags & KeyResultTables.HasRiskThreshold) != 0 ? tables.Second[k] : null,
                tables.CheckInValue[latestAt]);
        }

        followsTime = true;
        return ((PaceStatusStrategy)config.KeyResultStatus).EvaluatePace(progress!.Value, Progress.FromRatio(ElapsedFraction(objective.Period)).Ratio);
    }

    /// <summary>The position of key result <paramref name="k"/>'s latest check-in as of the day in the check-in columns, or -1.</summary>
    private int LatestCheckIn(KeyResultTables tables, int k)
    {
        int today = asOf.DayNumber;
        int latestAt = -1;
        for (int c = tables.CheckInStart[k]; c < tables.CheckInStart[k + 1]; c++)
        {
            if (CheckInRules.Supersedes(tables.CheckInDay[c], tables.CheckInTicks[c], today, latestAt >= 0, latestAt >= 0 ? tables.CheckInTicks[latestAt] : 0L))
            {
                latestAt = c;
            }
        }

        return latestAt;
    }

    /// <summary>Whether a compiled key result reads its work items: only the activity kind, whose progress is the activity
    /// tally (<see cref="CompiledProgress"/>'s last case; every other compiled kind reads its check-ins and tables alone).
    /// A series recomputes the others only when their own inputs change.</summary>
    private static bool CompiledReadsWorkItems(CompiledKind kind) => kind == CompiledKind.ActivityDoneShare;

    /// <summary>A compiled key result's progress and value, as <see cref="KindFormulas"/> computes them for its kind.</summary>
    private static (decimal? Progress, decimal? Value) CompiledProgress(int k, KeyResultTables tables, bool hasLatest, decimal latestValue, ActivityCount activity)
    {
        decimal? value = hasLatest ? latestValue : null;
        switch (tables.Kind[k])
        {
            case CompiledKind.Linear:
                return (hasLatest ? ProgressFormulas.Linear(tables.First[k], tables.Second[k], latestValue) : null, value);
            case CompiledKind.Percentage:
                return (hasLatest ? KindProgressRules.Percentage(latestValue) : null, value);
            case CompiledKind.Binary:
                return (KindProgressRules.Binary(hasLatest, latestValue), value);
            case CompiledKind.Threshold:
                byte flags = tables.Flags[k];
                return (hasLatest ? KindProgressRules.Threshold(ProgressFormulas.PassesThreshold(
                    (flags & KeyResultTables.StayAbove) != 0 ? ThresholdDirection.StayAbove : ThresholdDirection.StayBelow,
                    tables.First[k],
                    (flags & KeyResultTables.OnThresholdPasses) != 0 ? ThresholdBoundary.OnThresholdPasses : ThresholdBoundary.OnThresholdFails,
                    latestValue)) : null, value);
            case CompiledKind.Milestones:
                var weights = tables.MilestoneWeights.AsSpan(tables.MilestoneStart[k], tables.MilestoneStart[k + 1] - tables.MilestoneStart[k]);
                int reached = hasLatest ? KindProgressRules.MilestonesReached(latestValue, weights.Length) : 0;
                return (ProgressFormulas.Milestones(weights, reached), reached);
            default:
                return activity.Counting == 0 ? (null, null) : (KindProgressRules.DoneShare(activity.Counting, activity.Done), activity.Done);
        }
    }
}
