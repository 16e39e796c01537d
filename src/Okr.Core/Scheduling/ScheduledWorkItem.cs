namespace Okr.Core.Scheduling;

/// <summary>A task placed on the timeline.</summary>
/// <param name="Id">The work item's id.</param>
/// <param name="Title">The work item's title.</param>
/// <param name="InitiativeId">The initiative it belongs to.</param>
/// <param name="Start">The scheduled first day: the planned start, moved later when a dependency finishes after it.</param>
/// <param name="Finish">The scheduled last day, included.</param>
/// <param name="Progress">The completion, 0 to 1: 1 when done, otherwise the percent complete / 100, otherwise 0.</param>
/// <param name="State">The work item's state.</param>
/// <param name="SlackDays">How many days the task can slip without moving the timeline's finish (0 or more).</param>
/// <param name="IsCritical">Whether the task is on <see cref="Schedule.CriticalPath"/>.</param>
/// <param name="DependsOn">The scheduled tasks it waits for.</param>
public sealed record ScheduledWorkItem(string Id, string Title, string InitiativeId, DateOnly Start, DateOnly Finish, decimal Progress,
    WorkItemState State, int SlackDays, bool IsCritical, ImmutableArray<string> DependsOn)
{
    /// <summary>The work item's id.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Id { get; init => field = Okr.Core.Internal.Guard.NotNull(value, nameof(Id)); } = Okr.Core.Internal.Guard.NotNull(Id, nameof(Id));

    /// <summary>The work item's title.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Title { get; init => field = Okr.Core.Internal.Guard.NotNull(value, nameof(Title)); } = Okr.Core.Internal.Guard.NotNull(Title, nameof(Title));

    /// <summary>The initiative it belongs to.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string InitiativeId { get; init => field = Okr.Core.Internal.Guard.NotNull(value, nameof(InitiativeId)); } = Okr.Core.Internal.Guard.NotNull(InitiativeId, nameof(InitiativeId));

    /// <summary>The length in days, both ends included (at least 1).</summary>
    public int Days => Finish.DayNumber - Start.DayNumber + 1;
}
