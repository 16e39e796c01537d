namespace Okr.Core.Scheduling;

/// <summary>A task left off the timeline, with the reason (no dates, cancelled, or in a dependency cycle).</summary>
/// <param name="Id">The work item's id.</param>
/// <param name="Reason">Why it is not scheduled.</param>
public sealed record UnscheduledWorkItem(string Id, string Reason)
{
    /// <summary>The work item's id.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Id { get; init => field = Okr.Core.Internal.Guard.NotNull(value, nameof(Id)); } = Okr.Core.Internal.Guard.NotNull(Id, nameof(Id));

    /// <summary>Why it is not scheduled.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Reason { get; init => field = Okr.Core.Internal.Guard.NotNull(value, nameof(Reason)); } = Okr.Core.Internal.Guard.NotNull(Reason, nameof(Reason));
}
