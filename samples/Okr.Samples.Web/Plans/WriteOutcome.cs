namespace Okr.Samples.Web.Plans;

/// <summary>What a change did: its status and the plan's revision after it.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Revision">The plan's revision after the change (0 when there is no plan).</param>
internal sealed record WriteOutcome(WriteStatus Status, long Revision)
{
    public static WriteOutcome PlanNotFound { get; } = new(WriteStatus.PlanNotFound, 0);

    public static WriteOutcome ItemNotFound { get; } = new(WriteStatus.ItemNotFound, 0);

    public static WriteOutcome PreconditionFailed { get; } = new(WriteStatus.PreconditionFailed, 0);
}
