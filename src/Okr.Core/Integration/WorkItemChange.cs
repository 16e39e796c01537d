namespace Okr.Core.Integration;

/// <summary>One work item changed by a sync: before, after and the names of the properties that changed.</summary>
/// <param name="WorkItemId">The work item's id.</param>
/// <param name="Before">The item before the sync.</param>
/// <param name="After">The item after the sync.</param>
/// <param name="Fields">The names of the changed properties (<c>State</c>, <c>PercentComplete</c>…), in declaration order;
/// <c>LastSyncedAt</c> is included when it moved.</param>
public sealed record WorkItemChange(string WorkItemId, WorkItem Before, WorkItem After, ImmutableArray<string> Fields);
