namespace Okr.Core.Scoring.Rules;

/// <summary>
/// The per-kind progress rules that the compiled tables can serve, once, over plain values (the latest check-in's
/// value, or the activity counts). <see cref="KindFormulas"/> (records, every kind, with explanations) and the engine's
/// compiled key results both call them; linear progress is <see cref="ProgressFormulas.Linear(decimal, decimal, decimal, StartEqualsTargetRule)"/>
/// and milestone progress <see cref="ProgressFormulas.Milestones"/>.
/// </summary>
internal static class KindProgressRules
{
    /// <summary>A percentage key result: the value over 100.</summary>
    public static decimal Percentage(decimal value) => value / 100m;

    /// <summary>A binary key result: done when the latest value is not 0; not done without a check-in.</summary>
    public static decimal Binary(bool hasValue, decimal value) =>
        !hasValue || value == 0m ? Progress.Zero.Ratio : Progress.Complete.Ratio;

    /// <summary>A threshold key result: complete when the value passes the threshold, else 0.</summary>
    public static decimal Threshold(bool passes) => passes ? Progress.Complete.Ratio : Progress.Zero.Ratio;

    /// <summary>How many milestones a value reports reached: its floor, clamped to 0..count.</summary>
    public static int MilestonesReached(decimal value, int count) => (int)Math.Clamp(decimal.Floor(value), 0m, count);

    /// <summary>An activity key result by done share: done out of counting (the caller checks counting is above 0).</summary>
    public static decimal DoneShare(int counting, int done) => (decimal)done / counting;
}
