namespace Okr.Core;

/// <summary>A percentage typed in as 0 to 100: progress = value / 100.</summary>
public sealed record PercentageKind : KeyResultKind
{
    /// <inheritdoc/>
    public override string Discriminator => "percentage";

    /// <inheritdoc/>
    public override MetricUnit Unit => MetricUnit.Percent;
}
