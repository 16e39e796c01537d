namespace Okr.Core.Integration;

/// <summary>An update that was not applied, with the reason.</summary>
/// <param name="Update">The update.</param>
/// <param name="WorkItemId">The work item it targeted, or null for an unknown key.</param>
/// <param name="Reason">Why it was skipped.</param>
/// <param name="Message">A sentence naming the key, the item and the reason.</param>
public sealed record SkippedUpdate(ExternalUpdate Update, string? WorkItemId, SkipReason Reason, string Message);
