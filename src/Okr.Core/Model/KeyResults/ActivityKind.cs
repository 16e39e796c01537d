namespace Okr.Core;

/// <summary>
/// An activity-based ("project tracked") key result, scored by the completion of the work items of its
/// contributing initiatives rather than by a measured value. Not scored when there is no counting item.
/// </summary>
public sealed record ActivityKind : KeyResultKind
{
    /// <summary>Creates an activity kind.</summary>
    /// <param name="method">How to measure the work. The default is <see cref="ActivityMethod.DoneShare"/>.</param>
    /// <param name="targetCount">For <see cref="ActivityMethod.DoneCount"/>: the number of done items that reaches the target; positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">The method is unknown, or <see cref="ActivityMethod.DoneCount"/> lacks a positive target count.</exception>
    public ActivityKind(ActivityMethod method = ActivityMethod.DoneShare, decimal? targetCount = null)
    {
        if (!Enum.IsDefined(method))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown activity method.");
        }

        if (method == ActivityMethod.DoneCount && targetCount is not > 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(targetCount), targetCount, "Counting done items needs a positive target count.");
        }

        Method = method;
        TargetCount = targetCount;
    }

    /// <inheritdoc/>
    public override string Discriminator => "activity";

    /// <inheritdoc/>
    public override MetricUnit Unit => MetricUnit.Number;

    /// <summary>How the work is measured.</summary>
    public ActivityMethod Method { get; }

    /// <summary>The target count for <see cref="ActivityMethod.DoneCount"/>; otherwise null.</summary>
    public decimal? TargetCount { get; }
}
