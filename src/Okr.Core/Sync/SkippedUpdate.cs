namespace Okr.Core.Sync;

/// <summary>An update that was not applied, with the reason.</summary>
/// <param name="Update">The update.</param>
/// <param name="WorkItemId">The work item it targeted, or null for an unknown key.</param>
/// <param name="Reason">Why it was skipped.</param>
/// <param name="Message">A sentence naming the key, the item and the reason.</param>
public sealed record SkippedUpdate(ExternalUpdate Update, string? WorkItemId, SkipReason Reason, string Message)
{
    /// <summary>The update.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ExternalUpdate Update { get; init => field = Okr.Core.Internal.Guard.NotNull(value, nameof(Update)); } = Okr.Core.Internal.Guard.NotNull(Update, nameof(Update));

    /// <summary>A sentence naming the key, the item and the reason.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Message { get; init => field = Okr.Core.Internal.Guard.NotNull(value, nameof(Message)); } = Okr.Core.Internal.Guard.NotNull(Message, nameof(Message));
}
