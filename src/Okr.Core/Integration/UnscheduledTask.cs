namespace Okr.Core.Integration;

/// <summary>A task left off the timeline, with the reason (no dates, cancelled, or in a dependency cycle).</summary>
/// <param name="Id">The work item's id.</param>
/// <param name="Reason">Why it is not scheduled.</param>
public sealed record UnscheduledTask(string Id, string Reason);
