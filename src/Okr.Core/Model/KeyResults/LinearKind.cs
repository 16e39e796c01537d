namespace Okr.Core;

/// <summary>
/// A metric that moves from a start value to a target: increase, decrease or reach.
/// Progress = (current - start) / (target - start); below 0 when it moved the wrong way, above 1 when over-achieved.
/// </summary>
public sealed record LinearKind : KeyResultKind
{
    /// <summary>Creates a linear kind.</summary>
    /// <param name="direction">The direction.</param>
    /// <param name="start">The start value (0 for <see cref="LinearDirection.Reach"/>).</param>
    /// <param name="target">The target.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="whenStartEqualsTarget">What progress is when start equals target. The default is <see cref="StartEqualsTargetRule.NotScored"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The target lies on the wrong side of the start for the direction,
    /// a reach kind has a start other than 0, or the start-equals-target rule is unknown.</exception>
    public LinearKind(LinearDirection direction, decimal start, decimal target, MetricUnit unit = default, StartEqualsTargetRule whenStartEqualsTarget = StartEqualsTargetRule.NotScored)
    {
        switch (direction)
        {
            case LinearDirection.Increase when target < start:
                throw new ArgumentOutOfRangeException(nameof(target), target, $"An increasing key result needs a target at or above its start ({start.ToString(CultureInfo.InvariantCulture)}).");
            case LinearDirection.Decrease when target > start:
                throw new ArgumentOutOfRangeException(nameof(target), target, $"A decreasing key result needs a target at or below its start ({start.ToString(CultureInfo.InvariantCulture)}).");
            case LinearDirection.Reach when start != 0m:
                throw new ArgumentOutOfRangeException(nameof(start), start, "A reach key result starts at 0.");
            case LinearDirection.Increase or LinearDirection.Decrease or LinearDirection.Reach:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown direction.");
        }

        if (!Enum.IsDefined(whenStartEqualsTarget))
        {
            throw new ArgumentOutOfRangeException(nameof(whenStartEqualsTarget), whenStartEqualsTarget, "Unknown start-equals-target rule.");
        }

        Direction = direction;
        Start = start;
        Target = target;
        Unit = unit;
        WhenStartEqualsTarget = whenStartEqualsTarget;
    }

    /// <inheritdoc/>
    public override string Discriminator => "linear";

    /// <summary>The direction.</summary>
    public LinearDirection Direction { get; }

    /// <summary>The start value.</summary>
    public decimal Start { get; }

    /// <summary>The target value.</summary>
    public decimal Target { get; }

    /// <inheritdoc/>
    public override MetricUnit Unit { get; }

    /// <summary>What progress is when <see cref="Start"/> equals <see cref="Target"/>.</summary>
    public StartEqualsTargetRule WhenStartEqualsTarget { get; }
}
