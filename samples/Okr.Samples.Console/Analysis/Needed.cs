using Okr.Core;
using Okr.Core.Scoring;

namespace Okr.Samples.Cli.Analysis;

/// <summary>The answer for one key result: the value it would need, or why there is none.</summary>
/// <param name="KeyResultId">The key result.</param>
/// <param name="Current">Its current value, or null.</param>
/// <param name="Value">The value needed, or null when none (see <paramref name="Note"/>).</param>
/// <param name="KeyResultProgress">The key result's progress at that value, or null.</param>
/// <param name="Note">Why there is no value, or a remark ("already reached").</param>
internal sealed record NeededRow(string KeyResultId, decimal? Current, decimal? Value, Progress? KeyResultProgress, string? Note);

/// <summary>
/// What value each key result of an objective would need for the objective's score to reach a target, holding the
/// other key results at their current values. It inverts the roll-up by search, with the real scorer: for key
/// results with a continuous value (linear, percentage, control KPI by distance) a bisection over the value; for
/// discrete ones (binary, milestones, threshold, range) the smallest passing candidate. Activity-based, cascaded and
/// baseline key results are not moved by a check-in of their own, so they get no value.
/// </summary>
internal static class Needed
{
    private const int Iterations = 80;

    public static IReadOnlyList<NeededRow> Compute(OkrPlan plan, string objectiveId, decimal targetScore, DateOnly asOf)
    {
        var objective = plan.FindObjective(objectiveId) ?? throw new KeyNotFoundException(objectiveId);
        var scorecard = OkrScorer.Score(plan, asOf);
        var rows = new List<NeededRow>();
        foreach (var keyResult in objective.KeyResults)
        {
            rows.Add(Solve(plan, scorecard, objectiveId, keyResult, targetScore, asOf));
        }

        return rows;
    }

    private static NeededRow Solve(OkrPlan plan, Scorecard scorecard, string objectiveId, KeyResult keyResult, decimal target, DateOnly asOf)
    {
        decimal? current = scorecard[keyResult.Id].Value;
        if (!keyResult.Contributes || keyResult.Weight.IsZero)
        {
            return new NeededRow(keyResult.Id, current, null, null, "does not count in the objective's roll-up");
        }

        decimal? ScoreAt(decimal value) => ObjectiveScore(plan, keyResult.Id, objectiveId, value, asOf);

        var candidates = Discrete(keyResult.Kind);
        if (candidates is not null)
        {
            for (int i = 0; i < candidates.Count; i++)
            {
                if (ScoreAt(candidates[i]) >= target)
                {
                    return Row(plan, keyResult, current, candidates[i], asOf, i == 0 ? "already reached, whatever this key result's value" : null);
                }
            }

            return new NeededRow(keyResult.Id, current, null, null, "not reachable: even the best value leaves the objective below the score");
        }

        if (Continuous(keyResult.Kind) is not { } range)
        {
            return new NeededRow(keyResult.Id, current, null, null, keyResult.Kind switch
            {
                ActivityKind => "driven by its tasks, not by a value",
                CascadedSumKind => "driven by the key results cascading into it",
                BaselineKind => "a baseline is never scored",
                _ => "no value can be computed for this kind",
            });
        }

        // Direction: which end of the range improves progress.
        var (worst, best) = range;
        decimal? atBest = ScoreAt(best);
        if (atBest is null || atBest < target)
        {
            return new NeededRow(keyResult.Id, current, null, null, "not reachable: even a value of " + Rendering.Display.Number(best) + " leaves the objective below the score");
        }

        if (ScoreAt(worst) >= target)
        {
            return Row(plan, keyResult, current, worst, asOf, "already reached, even at its start value");
        }

        decimal low = worst;
        decimal high = best;
        for (int i = 0; i < Iterations; i++)
        {
            decimal middle = low + ((high - low) / 2m);
            if (middle == low || middle == high)
            {
                break;
            }

            if (ScoreAt(middle) >= target)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return Row(plan, keyResult, current, Round(high, low, Rendering.ItemText.IsCount(keyResult)), asOf, null);
    }

    private static NeededRow Row(OkrPlan plan, KeyResult keyResult, decimal? current, decimal value, DateOnly asOf, string? note)
    {
        var after = OkrScorer.Score(WhatIf.WithValue(plan, keyResult.Id, value, asOf), asOf);
        return new NeededRow(keyResult.Id, current, value, after[keyResult.Id].Progress, note);
    }

    /// <summary>The needed value rounded toward the passing side, so it still reaches the score: to a whole number for a
    /// key result that counts things ("5 ways": 7.96 ways is 8), else to two decimals.</summary>
    private static decimal Round(decimal passing, decimal failing, bool whole)
    {
        decimal unit = whole ? 1m : 100m;
        return passing > failing ? Math.Ceiling(passing * unit) / unit : Math.Floor(passing * unit) / unit;
    }

    private static decimal? ObjectiveScore(OkrPlan plan, string keyResultId, string objectiveId, decimal value, DateOnly asOf) =>
        OkrScorer.Score(WhatIf.WithValue(plan, keyResultId, value, asOf), asOf)[objectiveId].Progress?.Ratio;

    /// <summary>For kinds with a continuous value: the start value (progress 0; values moving the wrong way are not sought) and a far value beyond the target (10 times the distance).</summary>
    private static (decimal Worst, decimal Best)? Continuous(KeyResultKind kind) => kind switch
    {
        LinearKind l when l.Start != l.Target => (l.Start, l.Target + (10m * (l.Target - l.Start))),
        PercentageKind => (0m, 1000m),
        ControlKpiKind { Method: ControlKpiMethod.DistanceFromTarget } c when c.Target != 0m =>
            c.Direction == ControlKpiDirection.AtLeast ? (0m, 10m * Math.Abs(c.Target)) : (10m * Math.Abs(c.Target), 0m),
        _ => null,
    };

    /// <summary>For kinds with discrete outcomes: candidate values from worst to best.</summary>
    private static IReadOnlyList<decimal>? Discrete(KeyResultKind kind) => kind switch
    {
        BinaryKind => [0m, 1m],
        MilestonesKind m => Enumerable.Range(0, m.Milestones.Length + 1).Select(i => (decimal)i).ToList(),
        ThresholdKind t => (t.Direction, t.Boundary) switch
        {
            (ThresholdDirection.StayAbove, ThresholdBoundary.OnThresholdPasses) => [NextDown(t.Threshold), t.Threshold],
            (ThresholdDirection.StayAbove, _) => [t.Threshold, NextUp(t.Threshold)],
            (_, ThresholdBoundary.OnThresholdPasses) => [NextUp(t.Threshold), t.Threshold],
            _ => [t.Threshold, NextDown(t.Threshold)],
        },
        RangeKind r when r.Lower <= r.Upper => [r.Lower - 1m, r.Lower],
        _ => null,
    };

    private static decimal NextUp(decimal value) => value + 0.01m;

    private static decimal NextDown(decimal value) => value - 0.01m;
}
