namespace Okr.Core.Internal;

/// <summary>
/// The rarely set fields of a <see cref="WorkItem"/>, kept out of line so a work item without them (most of a plan's
/// millions) holds one reference to the shared <see cref="Empty"/> instead of about 40 bytes of empty fields.
/// Immutable: a work item that sets one gets its own copy.
/// </summary>
internal sealed record WorkItemExtras
{
    /// <summary>No extra field set.</summary>
    public static WorkItemExtras Empty { get; } = new();

    /// <summary>See <see cref="WorkItem.UnknownProperties"/>.</summary>
    public UnknownProperties UnknownProperties { get; init; } = UnknownProperties.Empty;

    /// <summary>See <see cref="WorkItem.DependsOn"/>.</summary>
    public ImmutableArray<string> DependsOn { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>See <see cref="WorkItem.Assignee"/>.</summary>
    public string? Assignee { get; init; }

    /// <summary>See <see cref="WorkItem.Link"/>.</summary>
    public ExternalLink? Link { get; init; }

    /// <summary>See <see cref="WorkItem.LastSyncedAt"/>, stored as UTC ticks and offset minutes.</summary>
    public bool HasLastSynced { get; init; }

    /// <summary>The last synchronisation's UTC ticks.</summary>
    public long LastSyncedUtcTicks { get; init; }

    /// <summary>The last synchronisation's offset, in minutes.</summary>
    public short LastSyncedOffsetMinutes { get; init; }
}
