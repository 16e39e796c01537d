namespace Okr.Core;

/// <summary>
/// A cascaded sum (Quantive, Viva Goals): the value is the sum of the current values of the child key results
/// aligned to this one (<see cref="KeyResult.ParentKeyResultId"/>), which must share this unit; progress is
/// (sum - start) / (target - start). Children without a value yet do not add to the sum; with no child value at all,
/// the key result is not scored, unless <see cref="NotScoredChildren"/> counts them as 0.
/// </summary>
public sealed record CascadedSumKind : KeyResultKind
{
    /// <summary>Creates a cascaded sum kind.</summary>
    /// <param name="start">The start value, usually 0.</param>
    /// <param name="target">The target for the sum.</param>
    /// <param name="unit">The unit shared with the children.</param>
    /// <param name="whenStartEqualsTarget">What progress is when start equals target.</param>
    public CascadedSumKind(decimal start, decimal target, MetricUnit unit = default, StartEqualsTargetRule whenStartEqualsTarget = StartEqualsTargetRule.NotScored)
    {
        Start = start;
        Target = target;
        Unit = unit;
        WhenStartEqualsTarget = whenStartEqualsTarget;
    }

    /// <inheritdoc/>
    public override string Discriminator => "cascaded-sum";

    /// <summary>The start value.</summary>
    public decimal Start { get; }

    /// <summary>The target for the sum of the children's values.</summary>
    public decimal Target { get; }

    /// <inheritdoc/>
    public override MetricUnit Unit { get; }

    /// <summary>What progress is when <see cref="Start"/> equals <see cref="Target"/>.</summary>
    public StartEqualsTargetRule WhenStartEqualsTarget { get; }

    /// <summary>What a child key result without a value yet (no check-in) adds: nothing (left out; with no child value at
    /// all the key result is not scored) or a value of 0, so the sum is scored from the first child on. The explanation
    /// names the children counted as 0.
    /// <value>The default is <see cref="NotScoredChildRule.LeaveOut"/>.</value></summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="NotScoredChildRule"/>.</exception>
    public NotScoredChildRule NotScoredChildren
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined NotScoredChildRule.");
    }
}
