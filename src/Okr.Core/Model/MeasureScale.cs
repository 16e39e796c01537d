namespace Okr.Core;

/// <summary>
/// An objective's own scale, onto which its rolled-up progress is projected (Viva Goals):
/// value = start + progress * (target - start).
/// </summary>
/// <param name="Start">The value at progress 0.</param>
/// <param name="Target">The value at progress 1.</param>
/// <param name="Unit">The unit of the scale.</param>
public sealed record MeasureScale(decimal Start, decimal Target, MetricUnit Unit = default)
{
    /// <summary>Projects a progress onto the scale.</summary>
    /// <param name="progress">The progress.</param>
    /// <returns>start + progress * (target - start).</returns>
    /// <exception cref="OverflowException">The result is beyond the range of <see cref="decimal"/>.</exception>
    public decimal Project(Progress progress) => Start + (progress.Ratio * (Target - Start));
}
