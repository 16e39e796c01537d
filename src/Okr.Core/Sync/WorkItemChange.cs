namespace Okr.Core.Sync;

/// <summary>One work item changed by a sync: before, after and the names of the properties that changed.</summary>
/// <param name="WorkItemId">The work item's id.</param>
/// <param name="Before">The item before the sync.</param>
/// <param name="After">The item after the sync.</param>
/// <param name="Fields">The names of the changed properties (<c>State</c>, <c>PercentComplete</c>…), in declaration order;
/// <c>LastSyncedAt</c> is included when it moved.</param>
public sealed record WorkItemChange(string WorkItemId, WorkItem Before, WorkItem After, ImmutableArray<string> Fields)
{
    /// <summary>The work item's id.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string WorkItemId { get; init => field = Okr.Core.Internal.Guard.NotNull(value, nameof(WorkItemId)); } = Okr.Core.Internal.Guard.NotNull(WorkItemId, nameof(WorkItemId));

    /// <summary>The item before the sync.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public WorkItem Before { get; init => field = Okr.Core.Internal.Guard.NotNull(value, nameof(Before)); } = Okr.Core.Internal.Guard.NotNull(Before, nameof(Before));

    /// <summary>The item after the sync.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public WorkItem After { get; init => field = Okr.Core.Internal.Guard.NotNull(value, nameof(After)); } = Okr.Core.Internal.Guard.NotNull(After, nameof(After));
}
