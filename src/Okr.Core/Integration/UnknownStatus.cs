namespace Okr.Core.Integration;

/// <summary>A status no rule of the mapping matched; the work item got the mapping's unknown state (or kept its own).</summary>
/// <param name="Key">The update's key.</param>
/// <param name="WorkItemId">The work item.</param>
/// <param name="Status">The status.</param>
/// <param name="Mapping">The mapping's name.</param>
public sealed record UnknownStatus(string Key, string WorkItemId, ExternalStatus Status, string Mapping);
