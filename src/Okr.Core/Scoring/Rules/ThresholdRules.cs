namespace Okr.Core.Scoring.Rules;

/// <summary>
/// The threshold and range status rules of the pace strategy, once. <see cref="PaceStatusStrategy"/> (both its
/// answers, with and without the rule text) and the engine's compiled key results call them; whether a value passes a
/// threshold is <see cref="ProgressFormulas.PassesThreshold"/>.
/// </summary>
internal static class ThresholdRules
{
    /// <summary>A threshold key result's status: on track when the value passes; behind when it fails but passes the risk
    /// threshold (a value on the risk threshold passes it); else at risk.</summary>
    /// <param name="direction">Stay above or below.</param>
    /// <param name="threshold">The threshold.</param>
    /// <param name="boundary">Whether a value on the threshold passes.</param>
    /// <param name="riskThreshold">The usable risk threshold, or null.</param>
    /// <param name="value">The latest value.</param>
    public static OkrStatus Status(ThresholdDirection direction, decimal threshold, ThresholdBoundary boundary, decimal? riskThreshold, decimal value) =>
        ProgressFormulas.PassesThreshold(direction, threshold, boundary, value) ? OkrStatus.OnTrack
        : riskThreshold is { } risk && ProgressFormulas.PassesThreshold(direction, risk, ThresholdBoundary.OnThresholdPasses, value) ? OkrStatus.Behind
        : OkrStatus.AtRisk;

    /// <summary>The rule text of a threshold status.</summary>
    public static string Describe(OkrStatus status) => status switch
    {
        OkrStatus.OnTrack => "threshold passed",
        OkrStatus.Behind => "threshold failed, within the risk threshold",
        _ => "threshold failed",
    };

    /// <summary>A range key result's status: on track inside the range (progress 1), else at risk.</summary>
    public static OkrStatus RangeStatus(decimal progress) => progress >= 1m ? OkrStatus.OnTrack : OkrStatus.AtRisk;
}
