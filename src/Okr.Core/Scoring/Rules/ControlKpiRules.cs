namespace Okr.Core.Scoring.Rules;

/// <summary>
/// The control KPI rules for every direction (at least, at most, between), in one place: whether a check-in is
/// successful and a value's distance from target. The at-least and at-most formulas are the public
/// <see cref="ProgressFormulas.ControlKpiDistance"/> and <see cref="ProgressFormulas.IsSuccessfulCheckIn"/>; a band
/// uses them against its nearer bound.
/// </summary>
internal static class ControlKpiRules
{
    /// <summary>Whether one check-in meets the target: on the right side of it, or inside the band (both bounds included).</summary>
    public static bool IsSuccessful(ControlKpiKind kpi, decimal value) => kpi.Direction == ControlKpiDirection.Between
        ? ProgressFormulas.InRange(kpi.Lower!.Value, kpi.Upper!.Value, value)
        : ProgressFormulas.IsSuccessfulCheckIn(kpi.Direction, kpi.Target, value);

    /// <summary>
    /// A value's distance from target, the targets multiplied by <paramref name="times"/> (the planned check-ins for a
    /// sum). A band: 1 inside it, the at-least distance against the lower bound below it, the at-most distance against
    /// the upper bound above it.
    /// </summary>
    /// <returns>The ratio; null when the bound used is 0. Overflow throws <see cref="OverflowException"/>.</returns>
    public static decimal? Distance(ControlKpiKind kpi, decimal value, decimal times)
    {
        if (kpi.Direction != ControlKpiDirection.Between)
        {
            return ProgressFormulas.ControlKpiDistance(kpi.Direction, kpi.Target * times, value);
        }

        decimal lower = kpi.Lower!.Value * times;
        decimal upper = kpi.Upper!.Value * times;
        return value < lower ? ProgressFormulas.ControlKpiDistance(ControlKpiDirection.AtLeast, lower, value)
            : value > upper ? ProgressFormulas.ControlKpiDistance(ControlKpiDirection.AtMost, upper, value)
            : 1m;
    }

    /// <summary>The target in words: <c>at least 5</c>, <c>at most 1</c>, <c>between 4 and 5</c>.</summary>
    public static string Describe(ControlKpiKind kpi) => kpi.Direction switch
    {
        ControlKpiDirection.Between => string.Create(CultureInfo.InvariantCulture, $"between {kpi.Lower} and {kpi.Upper}"),
        ControlKpiDirection.AtLeast => string.Create(CultureInfo.InvariantCulture, $"at least {kpi.Target}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"at most {kpi.Target}"),
    };
}
