namespace Okr.Core;

/// <summary>Stay between two values, both included: progress is 1 inside the range, 0 outside.</summary>
public sealed record RangeKind : KeyResultKind
{
    /// <summary>Creates a range kind.</summary>
    /// <param name="lower">The lowest passing value.</param>
    /// <param name="upper">The highest passing value. When below <paramref name="lower"/>, the key result is not scored
    /// (no value can pass) and the validation package reports it.</param>
    /// <param name="unit">The unit.</param>
    public RangeKind(decimal lower, decimal upper, MetricUnit unit = default)
    {
        Lower = lower;
        Upper = upper;
        Unit = unit;
    }

    /// <inheritdoc/>
    public override string Discriminator => "range";

    /// <summary>The lowest passing value.</summary>
    public decimal Lower { get; }

    /// <summary>The highest passing value.</summary>
    public decimal Upper { get; }

    /// <inheritdoc/>
    public override MetricUnit Unit { get; }
}
