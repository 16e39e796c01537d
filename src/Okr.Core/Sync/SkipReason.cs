namespace Okr.Core.Sync;

/// <summary>Why an update was not applied to a work item.</summary>
public enum SkipReason
{
    /// <summary>No work item has the update's key (as a link key or an id).</summary>
    UnknownKey = 0,

    /// <summary>The update is older than the work item's <see cref="WorkItem.LastSyncedAt"/>: newer data wins.</summary>
    Stale = 1,

    /// <summary>The update happened at the work item's <see cref="WorkItem.LastSyncedAt"/>: it was already applied.</summary>
    AlreadyApplied = 2,
}
