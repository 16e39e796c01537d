namespace Okr.Core.Sync;

/// <summary>A status no rule of the mapping matched; the work item got the mapping's unknown state (or kept its own).</summary>
/// <param name="Key">The update's key.</param>
/// <param name="WorkItemId">The work item.</param>
/// <param name="Status">The status.</param>
/// <param name="Mapping">The mapping's name.</param>
public sealed record UnknownStatus(string Key, string WorkItemId, ExternalStatus Status, string Mapping)
{
    /// <summary>The update's key.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Key { get; init => field = Okr.Core.Internal.Guard.NotNull(value, nameof(Key)); } = Okr.Core.Internal.Guard.NotNull(Key, nameof(Key));

    /// <summary>The work item.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string WorkItemId { get; init => field = Okr.Core.Internal.Guard.NotNull(value, nameof(WorkItemId)); } = Okr.Core.Internal.Guard.NotNull(WorkItemId, nameof(WorkItemId));

    /// <summary>The status.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ExternalStatus Status { get; init => field = Okr.Core.Internal.Guard.NotNull(value, nameof(Status)); } = Okr.Core.Internal.Guard.NotNull(Status, nameof(Status));

    /// <summary>The mapping's name.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Mapping { get; init => field = Okr.Core.Internal.Guard.NotNull(value, nameof(Mapping)); } = Okr.Core.Internal.Guard.NotNull(Mapping, nameof(Mapping));
}
