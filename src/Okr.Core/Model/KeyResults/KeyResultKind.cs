namespace Okr.Core;

/// <summary>
/// What a key result measures and how its progress is computed: the kinds seen in the OKR products.
/// Each kind carries a short string <see cref="Discriminator"/> used in JSON and in strategy registrations.
/// </summary>
/// <remarks>
/// The set of kinds is closed: the constructor is internal. Custom scoring goes through strategies
/// (<see cref="Scoring.ProgressStrategy"/>), not new kinds. Kinds are immutable and compare structurally.
/// The core accepts semantically doubtful settings (a risk threshold on the wrong side, start equal to target,
/// milestone weights not summing to 1) with a documented outcome, so the validation package can report them.
/// </remarks>
public abstract record KeyResultKind
{
    private protected KeyResultKind()
    {
    }

    /// <summary>The short name of the kind in JSON and strategy registrations, for example <c>linear</c>.</summary>
    public abstract string Discriminator { get; }

    /// <summary>The unit of the key result's values.</summary>
    public abstract MetricUnit Unit { get; }

    /// <summary>An increasing linear key result: progress = (current - start) / (target - start).</summary>
    /// <param name="start">The value at the start of the period.</param>
    /// <param name="target">The target; above <paramref name="start"/> (or equal, see <see cref="StartEqualsTargetRule"/>).</param>
    /// <param name="unit">The unit; the default is a plain number.</param>
    /// <param name="whenStartEqualsTarget">What progress is when <paramref name="start"/> equals <paramref name="target"/>
    /// ("keep it at 100"). The default, <see cref="StartEqualsTargetRule.NotScored"/>, leaves the key result not scored;
    /// <see cref="StartEqualsTargetRule.MetWhenAtOrBeyondTarget"/> scores it 1 at or beyond the target, else 0.</param>
    /// <returns>The kind.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is below <paramref name="start"/>, or the rule is unknown.</exception>
    public static LinearKind Increase(decimal start, decimal target, MetricUnit unit = default, StartEqualsTargetRule whenStartEqualsTarget = StartEqualsTargetRule.NotScored) =>
        new(LinearDirection.Increase, start, target, unit, whenStartEqualsTarget);

    /// <summary>A decreasing linear key result: the same formula; direction comes from the sign, never from abs().</summary>
    /// <param name="start">The value at the start of the period.</param>
    /// <param name="target">The target; below <paramref name="start"/> (or equal, see <see cref="StartEqualsTargetRule"/>).</param>
    /// <param name="unit">The unit; the default is a plain number.</param>
    /// <param name="whenStartEqualsTarget">What progress is when <paramref name="start"/> equals <paramref name="target"/>
    /// ("keep it at 100"). The default, <see cref="StartEqualsTargetRule.NotScored"/>, leaves the key result not scored;
    /// <see cref="StartEqualsTargetRule.MetWhenAtOrBeyondTarget"/> scores it 1 at or beyond the target, else 0.</param>
    /// <returns>The kind.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is above <paramref name="start"/>, or the rule is unknown.</exception>
    public static LinearKind Decrease(decimal start, decimal target, MetricUnit unit = default, StartEqualsTargetRule whenStartEqualsTarget = StartEqualsTargetRule.NotScored) =>
        new(LinearDirection.Decrease, start, target, unit, whenStartEqualsTarget);

    /// <summary>A "reach" key result: start 0, progress = current / target.</summary>
    /// <param name="target">The target.</param>
    /// <param name="unit">The unit; the default is a plain number.</param>
    /// <param name="whenStartEqualsTarget">What progress is when the target is 0 (equal to the start): the default,
    /// <see cref="StartEqualsTargetRule.NotScored"/>, leaves the key result not scored; see <see cref="StartEqualsTargetRule"/>.</param>
    /// <returns>The kind.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rule is unknown.</exception>
    public static LinearKind Reach(decimal target, MetricUnit unit = default, StartEqualsTargetRule whenStartEqualsTarget = StartEqualsTargetRule.NotScored) =>
        new(LinearDirection.Reach, 0m, target, unit, whenStartEqualsTarget);
}
