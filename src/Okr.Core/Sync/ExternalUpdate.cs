namespace Okr.Core.Sync;

/// <summary>
/// One change another tool reported for a task: the task's key there, the moment the change happened and the new
/// values. Every value left null means "unchanged".
/// </summary>
/// <remarks>
/// The update finds its work items by <see cref="ExternalLink.Key"/> (and <see cref="ExternalLink.System"/> when
/// <see cref="System"/> is set), or else by <see cref="WorkItem.Id"/>. Equality is structural.
/// </remarks>
public sealed record ExternalUpdate
{
    private readonly string key = string.Empty;
    private readonly decimal? percentComplete;
    private readonly decimal? effort;

    /// <summary>The task's key in the other tool (<c>PROJ-42</c>), or a work item id.</summary>
    /// <exception cref="ArgumentException">Set to a blank value.</exception>
    public required string Key
    {
        get => key;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, nameof(Key));
            key = value;
        }
    }

    /// <summary>The tool (<c>jira</c>, <c>asana</c>…), or null to match a link of any system. Also picks the status preset
    /// when <see cref="SyncOptions.StatusMapping"/> is null.</summary>
    public string? System { get; init; }

    /// <summary>When the change happened in the other tool. Updates no newer than a work item's
    /// <see cref="WorkItem.LastSyncedAt"/> are ignored.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The new status as the tool reports it, mapped by the sync's <see cref="StatusMapping"/>; null when unchanged.</summary>
    public ExternalStatus? Status { get; init; }

    /// <summary>A state already mapped by the caller; wins over <see cref="Status"/>. Null when unchanged.</summary>
    public WorkItemState? State { get; init; }

    /// <summary>The new percent complete, 0 to 100; wins over the status's percent. Null when unchanged.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0 to 100.</exception>
    public decimal? PercentComplete
    {
        get => percentComplete;
        init => percentComplete = value is { } p && (p < 0m || p > 100m)
            ? throw new ArgumentOutOfRangeException(nameof(PercentComplete), p, "The value must be between 0 and 100, both included.")
            : value;
    }

    /// <summary>The new title, or null when unchanged (a blank title counts as unchanged).</summary>
    public string? Title { get; init; }

    /// <summary>The new effort estimate (zero or more), or null when unchanged.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative value.</exception>
    public decimal? Effort
    {
        get => effort;
        init => effort = value is < 0m ? throw new ArgumentOutOfRangeException(nameof(Effort), value, "The value must be zero or greater.") : value;
    }

    /// <summary>The new planned start, or null when unchanged.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>The new due day, or null when unchanged.</summary>
    public DateOnly? Due { get; init; }

    /// <summary>The day the work was done, or null when unchanged. When the update makes a task done without it,
    /// the calendar day of <see cref="At"/> is used.</summary>
    public DateOnly? CompletedOn { get; init; }

    /// <summary>The new assignee, or null when unchanged.</summary>
    public string? Assignee { get; init; }
}
