namespace Okr.Core;

/// <summary>A baseline: a metric with no target yet. Never scored; it has only a status (from its check-ins).</summary>
public sealed record BaselineKind : KeyResultKind
{
    /// <summary>Creates a baseline kind.</summary>
    /// <param name="unit">The unit of the values tracked.</param>
    public BaselineKind(MetricUnit unit = default) => Unit = unit;

    /// <inheritdoc/>
    public override string Discriminator => "baseline";

    /// <inheritdoc/>
    public override MetricUnit Unit { get; }
}
