namespace Okr.Core.Sync;

/// <summary>What a sync did: the work items changed, the updates skipped (with reasons), the unknown statuses met and the
/// check-ins added. Nothing is dropped silently: every update is either applied or listed in <see cref="Skipped"/>.</summary>
public sealed record SyncReport
{
    /// <summary>The number of updates in the batch.</summary>
    public required int UpdatesRead { get; init; }

    /// <summary>The number of (update, work item) pairs applied.</summary>
    public required int Applied { get; init; }

    /// <summary>The work items that changed, in plan order.</summary>
    public required ImmutableArray<WorkItemChange> Changes { get; init; }

    /// <summary>The updates not applied, in the order met.</summary>
    public required ImmutableArray<SkippedUpdate> Skipped { get; init; }

    /// <summary>The statuses no mapping rule matched.</summary>
    public required ImmutableArray<UnknownStatus> UnknownStatuses { get; init; }

    /// <summary>The check-ins added to activity-based key results, in plan order.</summary>
    public required ImmutableArray<SyncCheckIn> CheckIns { get; init; }

    /// <summary>Whether the plan changed.</summary>
    public bool HasChanges => !Changes.IsEmpty || !CheckIns.IsEmpty;
}
