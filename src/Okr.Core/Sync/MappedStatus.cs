namespace Okr.Core.Sync;

/// <summary>The result of mapping an <see cref="ExternalStatus"/>: a state, a percent complete and whether a rule matched.</summary>
/// <param name="State">The task state; for an unknown status, the mapping's <see cref="StatusMapping.UnknownState"/> (or null to keep the current state).</param>
/// <param name="PercentComplete">The percent complete (0 to 100) the tool reported, or null.</param>
/// <param name="IsKnown">Whether a rule of the mapping matched; false when the status fell through to the default.</param>
public readonly record struct MappedStatus(WorkItemState? State, decimal? PercentComplete, bool IsKnown);
