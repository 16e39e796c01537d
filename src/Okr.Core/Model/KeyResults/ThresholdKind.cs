namespace Okr.Core;

/// <summary>
/// Stay above or below a threshold: progress is 1 while the latest value is on the right side, else 0.
/// Status: on track when passing; when failing, behind if the value is still within the optional risk threshold,
/// at risk beyond it (or at risk when there is no risk threshold).
/// </summary>
public sealed record ThresholdKind : KeyResultKind
{
    /// <summary>Creates a threshold kind.</summary>
    /// <param name="direction">Stay above or stay below.</param>
    /// <param name="threshold">The threshold.</param>
    /// <param name="riskThreshold">An optional second threshold beyond which a failing value is at risk rather than behind.
    /// It belongs on the failing side (below the threshold for stay above); on the other side it is ignored and the
    /// validation package reports it.</param>
    /// <param name="boundary">Whether a value exactly on the threshold passes. The default fails it, as Viva Goals does.</param>
    /// <param name="unit">The unit.</param>
    public ThresholdKind(ThresholdDirection direction, decimal threshold, decimal? riskThreshold = null, ThresholdBoundary boundary = ThresholdBoundary.OnThresholdFails, MetricUnit unit = default)
    {
        if (!Enum.IsDefined(direction))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown threshold direction.");
        }

        Direction = direction;
        Threshold = threshold;
        RiskThreshold = riskThreshold;
        Boundary = boundary;
        Unit = unit;
    }

    /// <inheritdoc/>
    public override string Discriminator => "threshold";

    /// <summary>Stay above or stay below.</summary>
    public ThresholdDirection Direction { get; }

    /// <summary>The threshold.</summary>
    public decimal Threshold { get; }

    /// <summary>The optional risk threshold on the failing side.</summary>
    public decimal? RiskThreshold { get; }

    /// <summary>Whether a value exactly on the threshold passes.</summary>
    public ThresholdBoundary Boundary { get; }

    /// <inheritdoc/>
    public override MetricUnit Unit { get; }

    /// <summary>Whether the risk threshold is set and lies on the failing side of the threshold.</summary>
    public bool HasUsableRiskThreshold => RiskThreshold is { } risk
        && (Direction == ThresholdDirection.StayAbove ? risk < Threshold : risk > Threshold);
}
