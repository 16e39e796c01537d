using Okr.Core;
using Okr.Core.Scoring;

namespace Okr.Samples.Cli.Analysis;

/// <summary>The answer for one key result: the value it would need, or why there is none.</summary>
/// <param name="KeyResultId">The key result.</param>
/// <param name="Current">Its current value, or null.</param>
/// <param name="Value">The value needed, rounded to two decimals towards the passing side, or null when none (see <paramref name="Note"/>).</param>
/// <param name="KeyResultProgress">The key result's progress at that value, or null.</param>
/// <param name="Note">Why there is no value, or a remark ("already reached").</param>
/// <param name="ObjectiveId">The objective the key result belongs to (the one asked about, or one aligned below it).</param>
internal sealed record NeededRow(string KeyResultId, decimal? Current, decimal? Value, Progress? KeyResultProgress, string? Note, string ObjectiveId = "");

/// <summary>
/// What value each key result of an objective (and of the objectives aligned below it) would need for the
/// objective's score to reach a target, holding the others: the library's <see cref="OkrTargets.Needed"/>, with each
/// value rounded to two decimals towards the side that still reaches the score, for display.
/// </summary>
internal static class Needed
{
    public static IReadOnlyList<NeededRow> Compute(OkrPlan plan, string objectiveId, decimal targetScore, DateOnly asOf)
    {
        var scorecard = OkrScorer.Score(plan, asOf);
        return OkrTargets.Needed(scorecard, objectiveId, Progress.FromRatio(targetScore))
            .Select(n => Row(plan, n, asOf))
            .ToList();
    }

    private static NeededRow Row(OkrPlan plan, NeededValue needed, DateOnly asOf)
    {
        var keyResult = plan.FindKeyResult(needed.KeyResultId)!;
        var kind = keyResult.Kind;
        bool discrete = kind is BinaryKind or MilestonesKind or ThresholdKind or RangeKind;
        string? note = needed.Outcome switch
        {
            NeededOutcome.AlreadyReached => discrete ? "already reached, whatever this key result's value" : "already reached, even at its start value",
            NeededOutcome.NotReachable or NeededOutcome.NotApplicable => needed.Explanation,
            _ => null,
        };
        if (needed.Value is not { } value)
        {
            return new NeededRow(needed.KeyResultId, needed.Current, null, null, note, needed.ObjectiveId);
        }

        decimal shown = needed.Outcome is NeededOutcome.ClosedForm or NeededOutcome.Searched ? Round(value, LowerIsBetter(kind), Rendering.ItemText.IsCount(keyResult)) : value;
        var after = OkrScorer.Score(WhatIf.WithValue(plan, needed.KeyResultId, shown, asOf), asOf);
        return new NeededRow(needed.KeyResultId, needed.Current, shown, after[needed.KeyResultId].Progress, note, needed.ObjectiveId);
    }

    private static bool LowerIsBetter(KeyResultKind kind) => kind switch
    {
        LinearKind l => l.Target < l.Start,
        ControlKpiKind c => c.Direction == ControlKpiDirection.AtMost,
        _ => false,
    };

    /// <summary>Rounded towards the better side so the value still reaches the score: to a whole number for a key
    /// result that counts things ("5 ways": 7.96 ways is 8), else to two decimals.</summary>
    private static decimal Round(decimal value, bool lowerIsBetter, bool whole)
    {
        decimal unit = whole ? 1m : 100m;
        return lowerIsBetter ? Math.Floor(value * unit) / unit : Math.Ceiling(value * unit) / unit;
    }
}
