namespace Okr.Core.Integration;

/// <summary>A check-in a sync added to an activity-based key result.</summary>
/// <param name="KeyResultId">The key result.</param>
/// <param name="CheckIn">The check-in (its source is <see cref="CheckInSource.Integration"/>).</param>
public sealed record SyncCheckIn(string KeyResultId, CheckIn CheckIn);
