using Okr.Core.Internal;

namespace Okr.Core.Scoring;

/// <summary>The forecasts' shared rules: when a line reaches a target, the band's Student t factor, and turning a
/// line into a <see cref="ForecastResult"/>. Written once; both built-in strategies call them.</summary>
internal static class ForecastRules
{
    /// <summary>The coverages the band supports, with Student's t for 1 to 30, 40, 60 and 120 degrees of freedom and the normal limit.</summary>
    private static readonly int[] TabulatedDegrees = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 40, 60, 120];

    private static readonly decimal[] T80 =
    [
        3.078m, 1.886m, 1.638m, 1.533m, 1.476m, 1.440m, 1.415m, 1.397m, 1.383m, 1.372m, 1.363m, 1.356m, 1.350m, 1.345m, 1.341m,
        1.337m, 1.333m, 1.330m, 1.328m, 1.325m, 1.323m, 1.321m, 1.319m, 1.318m, 1.316m, 1.315m, 1.314m, 1.313m, 1.311m, 1.310m,
        1.303m, 1.296m, 1.289m,
    ];

    private static readonly decimal[] T90 =
    [
        6.314m, 2.920m, 2.353m, 2.132m, 2.015m, 1.943m, 1.895m, 1.860m, 1.833m, 1.812m, 1.796m, 1.782m, 1.771m, 1.761m, 1.753m,
        1.746m, 1.740m, 1.734m, 1.729m, 1.725m, 1.721m, 1.717m, 1.714m, 1.711m, 1.708m, 1.706m, 1.703m, 1.701m, 1.699m, 1.697m,
        1.684m, 1.671m, 1.658m,
    ];

    private static readonly decimal[] T95 =
    [
        12.706m, 4.303m, 3.182m, 2.776m, 2.571m, 2.447m, 2.365m, 2.306m, 2.262m, 2.228m, 2.201m, 2.179m, 2.160m, 2.145m, 2.131m,
        2.120m, 2.110m, 2.101m, 2.093m, 2.086m, 2.080m, 2.074m, 2.069m, 2.064m, 2.060m, 2.056m, 2.052m, 2.048m, 2.045m, 2.042m,
        2.021m, 2.000m, 1.980m,
    ];

    /// <summary>Whether <paramref name="coverage"/> is one the band supports: 0.8, 0.9 or 0.95.</summary>
    public static bool IsSupportedCoverage(decimal coverage) => coverage is 0.8m or 0.9m or 0.95m;

    /// <summary>Student's t for a two-sided band of <paramref name="coverage"/>, at the largest tabulated degrees of
    /// freedom not above <paramref name="degreesOfFreedom"/> (so the band errs wide, never narrow).</summary>
    public static decimal StudentT(int degreesOfFreedom, decimal coverage)
    {
        var table = coverage switch
        {
            0.9m => T90,
            0.95m => T95,
            _ => T80,
        };
        int row = 0;
        for (int i = 0; i < TabulatedDegrees.Length && TabulatedDegrees[i] <= degreesOfFreedom; i++)
        {
            row = i;
        }

        return table[row];
    }

    /// <summary>
    /// Whether and when the target is reached: the first point at or past it (already reached); otherwise, when the
    /// line moves towards it, the first whole day on which the line is at or past it, never before the day after
    /// <paramref name="asOf"/> (the past is known); otherwise never.
    /// </summary>
    public static (TargetReach Reach, DateOnly? Day) Reach(in ForecastLine line, ForecastTarget? target, ReadOnlySpan<ForecastPoint> points, DateOnly asOf, Period period)
    {
        if (target is not { } t)
        {
            return (TargetReach.NotApplicable, null);
        }

        foreach (var point in points)
        {
            if (t.IsReachedBy(point.Value))
            {
                return (TargetReach.AlreadyReached, point.Day);
            }
        }

        int towards = t.Direction == ForecastDirection.Increase ? line.Slope.Sign : -line.Slope.Sign;
        if (towards <= 0)
        {
            return (TargetReach.Never, null);
        }

        // The line is monotone towards the target: it is reached from x* = (target - intercept) / slope on,
        // strictly after x* when the target itself does not count.
        var crossing = (ExactRational.From(t.Value) - line.Intercept) / line.Slope;
        var offset = t.Inclusive ? crossing.Ceiling() : crossing.Floor() + 1;
        long earliest = asOf.DayNumber + 1L;
        var candidate = offset + line.Origin.DayNumber;
        long dayNumber = candidate < earliest ? earliest : candidate > int.MaxValue ? long.MaxValue : (long)candidate;
        if (dayNumber <= period.End.DayNumber)
        {
            return (TargetReach.WithinPeriod, DateOnly.FromDayNumber((int)dayNumber));
        }

        return (TargetReach.AfterPeriod, dayNumber <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber((int)dayNumber) : null);
    }

    /// <summary>The line's projection to the period's last day as a result, with the band when <paramref name="coverage"/> is given and the line was fitted through 3 or more points.</summary>
    public static ForecastResult Project(in ForecastLine line, in ForecastArguments arguments, string rule, int pointCount, decimal? coverage)
    {
        var end = arguments.Period.End;
        if (!line.ValueAt(end).TryToDecimal(out decimal value) || !line.Slope.TryToDecimal(out decimal rate))
        {
            return ForecastResult.NotForecast("the projected value is beyond the range of decimal arithmetic", pointCount);
        }

        var (reach, day) = Reach(line, arguments.Target, arguments.Points, arguments.AsOf, arguments.Period);
        decimal? low = null;
        decimal? high = null;
        if (coverage is { } c && line.BandHalfWidth(end, StudentT(line.Count - 2, c)) is { } half
            && DecimalMath.TryAdd(value, -half, out decimal l) && DecimalMath.TryAdd(value, half, out decimal h))
        {
            low = l;
            high = h;
        }

        return ForecastResult.Projected(value, rate, reach, day, pointCount, rule, low, high);
    }
}
