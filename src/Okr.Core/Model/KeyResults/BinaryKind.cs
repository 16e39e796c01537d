namespace Okr.Core;

/// <summary>Done or not: progress is 1 when the latest check-in's value is not 0, else 0.</summary>
public sealed record BinaryKind : KeyResultKind
{
    /// <inheritdoc/>
    public override string Discriminator => "binary";

    /// <inheritdoc/>
    public override MetricUnit Unit => MetricUnit.Number;
}
