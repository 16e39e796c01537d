namespace Okr.Core;

/// <summary>Whether a value exactly on a threshold passes.</summary>
public enum ThresholdBoundary
{
    /// <summary>A value exactly on the threshold fails (Viva Goals). The default.</summary>
    OnThresholdFails = 0,

    /// <summary>A value exactly on the threshold passes (Quantive, Profit.co).</summary>
    OnThresholdPasses = 1,
}
