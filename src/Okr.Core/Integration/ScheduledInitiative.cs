namespace Okr.Core.Integration;

/// <summary>An initiative on the timeline: the span of its scheduled tasks (or its own dates when it has none).</summary>
/// <param name="Id">The initiative's id.</param>
/// <param name="Title">The initiative's title.</param>
/// <param name="Start">The first day.</param>
/// <param name="Finish">The last day, included.</param>
/// <param name="Progress">The mean progress of its scheduled tasks (0 to 1), or its own percent complete / 100, or 0.</param>
public sealed record ScheduledInitiative(string Id, string Title, DateOnly Start, DateOnly Finish, decimal Progress);
