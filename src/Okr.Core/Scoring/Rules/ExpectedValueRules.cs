namespace Okr.Core.Scoring.Rules;

/// <summary>
/// The value expected as of a day, the one place it is computed: the expected progress projected onto the item's own
/// scale ("expected 10 of 31 by today"), with the same projection as an objective's scale
/// (<see cref="MeasureScale.Project"/>: start + expected × (target - start)).
/// </summary>
internal static class ExpectedValueRules
{
    /// <summary>A key result's expected value: linear and cascaded-sum key results on their start-to-target scale,
    /// a percentage on 0 to 100, an activity key result counting done items on 0 to its target count; null for kinds
    /// with no value scale towards a target (threshold, range, control KPI, binary, milestones, other activity
    /// methods, baseline), without an expected progress, or on overflow.</summary>
    public static decimal? OfKeyResult(KeyResultKind kind, Progress? expected) => expected is not { } e ? null : kind switch
    {
        LinearKind l => Project(l.Start, l.Target, e),
        CascadedSumKind c => Project(c.Start, c.Target, e),
        PercentageKind => Project(0m, 100m, e),
        ActivityKind { Method: ActivityMethod.DoneCount, TargetCount: { } count } => Project(0m, count, e),
        _ => null,
    };

    /// <summary>An objective's expected value on its own scale, or null without a scale or an expected progress.</summary>
    public static decimal? OfObjective(Objective objective, Progress? expected) =>
        objective.Scale is { } scale && expected is { } e ? Project(scale.Start, scale.Target, e) : null;

    private static decimal? Project(decimal start, decimal target, Progress expected)
    {
        try
        {
            return new MeasureScale(start, target).Project(expected);
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
