namespace Okr.Core.Scoring.Rules;

/// <summary>
/// A work item's rules, once, over plain values: when it counts as done, its completion and its status. The model
/// (<see cref="WorkItem.IsDoneAsOf"/>, <see cref="WorkItem.CompletionAsOf"/>), the engine's records path and its
/// compiled tables (which store <see cref="DoneFrom"/> and <see cref="Ratio"/> computed here when they are built) call them.
/// </summary>
internal static class WorkItemRules
{
    /// <summary>The first day number on which the item counts as done: never unless its state is done; from its
    /// completion day when known, else always.</summary>
    public static int DoneFrom(WorkItemState state, DateOnly? completedOn) =>
        state != WorkItemState.Done ? int.MaxValue : completedOn?.DayNumber ?? int.MinValue;

    /// <summary>Whether the item counts as done on a day (see <see cref="DoneFrom"/>).</summary>
    public static bool IsDone(int doneFrom, int asOfDay) => asOfDay >= doneFrom;

    /// <summary>The completion ratio of a percent complete (unknown: 0).</summary>
    public static decimal Ratio(decimal? percentComplete) => (percentComplete ?? 0m) / 100m;

    /// <summary>The completion as of a day: 1 when done, 0 when marked done later than the day, else the ratio typed in.</summary>
    public static decimal Completion(WorkItemState state, bool done, decimal ratio) =>
        done ? 1m : state == WorkItemState.Done ? 0m : ratio;

    /// <summary>A counting work item's status: done, blocked, overdue (due day number before the day's), in progress or
    /// started, or not started. <paramref name="dueDay"/> is <see cref="int.MaxValue"/> when it has none.</summary>
    public static OkrStatus Status(WorkItemState state, int dueDay, decimal completion, bool done, int asOfDay) =>
        done ? OkrStatus.Achieved
        : state == WorkItemState.Blocked ? OkrStatus.AtRisk
        : dueDay < asOfDay ? OkrStatus.AtRisk
        : state == WorkItemState.InProgress || completion > 0m ? OkrStatus.OnTrack
        : OkrStatus.NotStarted;
}
