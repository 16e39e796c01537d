using Okr.Core.Internal;
using Okr.Core.Scoring.Rules;

namespace Okr.Core.Scoring;

/// <summary>Key results from their records: progress through their strategy (the built-in one through
/// <see cref="KindFormulas"/> and <see cref="KindProgressRules"/>), status through <see cref="KeyResultStatusRules"/>, expected
/// progress (linear over the period or phased) and overrides.</summary>
internal sealed partial class ScoringEngine
{
    private decimal[] valueBuffer = [];

    private NodeResult ComputeKeyResult(int node, Objective objective, KeyResult keyResult, ResultStore results, ExplanationParts? explain, (int Counting, int Done)? activityTally = null)
    {
        var latest = keyResult.LatestCheckInAsOf(asOf);
        int values = 0;
        if (keyResult.Kind is CascadedSumKind cascade)
        {
            foreach (int child in index.ChildrenOf(node))
            {
                if (index.KindOf(child) == OkrItemKind.KeyResult && ChildWeighing.CascadedValue(results.ValueOf(child), cascade.NotScoredChildren) is { } v)
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
            ExplainKeyResultChildren(node, keyResult, results, explain);
            explain.ComputedProgress = computed.Progress;
            explain.Override = applied;
            string summary = strategy.Explain(arguments, computed);
            explain.Set(strategy.Name, explain.CountedAsZero.Count > 0 ? summary + "; no value yet, counted as 0: " + string.Join(", ", explain.CountedAsZero) : summary, statusRule);
        }

        return result;
    }

    private void ExplainKeyResultChildren(int node, KeyResult keyResult, ResultStore results, ExplanationParts explain)
    {
        foreach (int child in index.ChildrenOf(node))
        {
            var childKind = index.KindOf(child);
            var childValue = childKind == OkrItemKind.KeyResult ? results.ValueOf(child) : null;
            bool cascades = keyResult.Kind is CascadedSumKind cascade && childKind == OkrItemKind.KeyResult
                && ChildWeighing.CascadedValue(childValue, cascade.NotScoredChildren) is not null;
            bool countedAsZero = cascades && childValue is null;
            bool counts = cascades || (keyResult.Kind is ActivityKind && childKind == OkrItemKind.Initiative);
            if (countedAsZero)
            {
                explain.CountedAsZero.Add(index.Ids[child]);
            }

            string? note = countedAsZero ? "no value yet: counted as 0"
                : counts ? null
                : childKind == OkrItemKind.Initiative ? "execution only: the key result is measured by its own value"
                : keyResult.Kind is CascadedSumKind ? "no value yet" : "cascades here, but this key result is not a cascaded sum";
            if (childValue is { } shown)
            {
                note = (note is null ? string.Empty : note + "; ") + "value " + shown.ToString(Inv);
            }

            explain.Add(new Contribution(index.Ids[child], childKind, results[child].ProgressOrNull, countedAsZero ? Progress.Zero : counts ? results[child].ProgressOrNull : null, counts ? 1m : 0m, 0m, counts, note));
        }
    }

    private (OkrStatus Status, string Rule) KeyResultStatus(Objective objective, KeyResult keyResult, CheckIn? latest, Progress? progress, ExplanationParts? explain)
    {
        bool closed = objective.ClosedOn is { } closedOn && closedOn <= asOf;
        var (status, reason) = KeyResultStatusRules.Decide(closed, latest is not null, latest?.Status, progress?.Ratio, KeyResultStatusRules.TraitsOf(keyResult.Kind));
        return reason switch
        {
            KeyResultStatusReason.Strategy => Evaluate(
                config.KeyResultStatus,
                new StatusArguments(keyResult.Id, OkrItemKind.KeyResult, keyResult.Kind, progress!.Value, latest?.Value, ExpectedForKeyResult(objective, keyResult) ?? Progress.Complete, default),
                explain),
            _ when explain is null => (status, string.Empty),
            KeyResultStatusReason.Closed => (status, string.Create(Inv, $"the objective was closed on {objective.ClosedOn:yyyy-MM-dd}")),
            KeyResultStatusReason.Reported => (status, string.Create(Inv, $"reported by {latest!.Author ?? "the owner"} at the check-in of {latest.At:yyyy-MM-dd}")),
            KeyResultStatusReason.NoCheckInYet => (status, "no check-in yet"),
            KeyResultStatusReason.NoWorkDoneYet => (status, "no work done yet"),
            KeyResultStatusReason.TargetReached => (status, "the target is reached"),
            _ => (status, "not scored"),
        };
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
}
