namespace Okr.Core.Scoring;

/// <summary>Which values a key result's kind can take when searching for a needed value.</summary>
internal static class NeededKinds
{
    /// <summary>For kinds with a continuous value: the start (progress 0; values moving the wrong way are not sought),
    /// the key result's own target, and a far value beyond it (10 times the distance).</summary>
    public static (decimal Worst, decimal Aim, decimal Best)? Continuous(KeyResultKind kind)
    {
        try
        {
            return kind switch
            {
                LinearKind l when l.Start != l.Target => (l.Start, l.Target, l.Target + (10m * (l.Target - l.Start))),
                PercentageKind => (0m, 100m, 1000m),
                ControlKpiKind { Method: ControlKpiMethod.DistanceFromTarget, Direction: not ControlKpiDirection.Between } c when c.Target != 0m =>
                    c.Direction == ControlKpiDirection.AtLeast ? (0m, c.Target, 10m * Math.Abs(c.Target)) : (10m * Math.Abs(c.Target), c.Target, 0m),
                _ => null,
            };
        }
        catch (OverflowException)
        {
            return kind is LinearKind l ? (l.Start, l.Target, l.Target) : null;
        }
    }

    /// <summary>For kinds with a few outcomes: candidate values from worst to best.</summary>
    public static IReadOnlyList<decimal>? Discrete(KeyResultKind kind) => kind switch
    {
        BinaryKind => [0m, 1m],
        MilestonesKind m => Enumerable.Range(0, m.Milestones.Length + 1).Select(i => (decimal)i).ToList(),
        ThresholdKind t => (t.Direction, t.Boundary) switch
        {
            (ThresholdDirection.StayAbove, ThresholdBoundary.OnThresholdPasses) => [t.Threshold - 0.01m, t.Threshold],
            (ThresholdDirection.StayAbove, _) => [t.Threshold, t.Threshold + 0.01m],
            (_, ThresholdBoundary.OnThresholdPasses) => [t.Threshold + 0.01m, t.Threshold],
            _ => [t.Threshold, t.Threshold - 0.01m],
        },
        RangeKind r when r.Lower <= r.Upper => [r.Lower - 1m, r.Lower],
        _ => null,
    };

    public static string WhyNoValue(KeyResultKind kind) => kind switch
    {
        ActivityKind => "driven by its tasks, not by a value",
        CascadedSumKind => "driven by the key results cascading into it",
        BaselineKind => "a baseline is never scored",
        ControlKpiKind { Direction: ControlKpiDirection.Between } c => string.Create(CultureInfo.InvariantCulture,
            $"a control KPI kept between {c.Lower} and {c.Upper} has no single value to set: any value in the band counts in full"),
        ControlKpiKind => "a control KPI measured over all its check-ins has no single value to set",
        _ => "no value can be computed for this kind",
    };
}
