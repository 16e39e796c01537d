using Okr.Core;
using Okr.Core.Scheduling;
using Okr.Core.Scoring;

namespace Okr.Samples.Cli.Analysis;

/// <summary>One bar of the Gantt chart: an initiative or one of its tasks, with its scheduled dates and completion.</summary>
/// <param name="Id">The item's id.</param>
/// <param name="Title">The item's title.</param>
/// <param name="IsInitiative">Whether the row is an initiative (otherwise a task).</param>
/// <param name="Start">The first scheduled day, or null when the item is not on the timeline.</param>
/// <param name="End">The last scheduled day (included), or null.</param>
/// <param name="Completion">The completion as of the day (execution progress), or null when not scored.</param>
/// <param name="State">For tasks, the state; null for initiatives.</param>
/// <param name="Status">The item's status.</param>
/// <param name="IsCritical">Whether the task is on the critical path.</param>
/// <param name="Note">Why the item is not on the timeline, or null.</param>
internal sealed record GanttRow(string Id, string Title, bool IsInitiative, DateOnly? Start, DateOnly? End, Progress? Completion,
    WorkItemState? State, OkrStatus Status, bool IsCritical, string? Note);

/// <summary>
/// The timeline of a plan: every initiative followed by its tasks, placed by the library's <see cref="Schedule"/>
/// (planned dates, moved by dependencies, with the critical path), with completion and status from the scorecard so
/// that <c>--as-of</c> applies.
/// </summary>
internal static class GanttRows
{
    public static IReadOnlyList<GanttRow> Build(Scorecard scorecard, Schedule schedule)
    {
        var spans = schedule.Initiatives.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var tasks = schedule.WorkItems.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var unscheduled = schedule.Unscheduled.ToDictionary(u => u.Id, u => u.Reason, StringComparer.Ordinal);
        var rows = new List<GanttRow>();
        foreach (var initiative in scorecard.Plan.Initiatives)
        {
            var score = scorecard[initiative.Id];
            spans.TryGetValue(initiative.Id, out var span);
            rows.Add(new GanttRow(initiative.Id, initiative.Title, true, span?.Start, span?.Finish, score.Progress, null, score.Status, false,
                span is null ? "no dates" : null));
            foreach (var item in initiative.WorkItems)
            {
                var itemScore = scorecard[item.Id];
                tasks.TryGetValue(item.Id, out var task);
                rows.Add(new GanttRow(item.Id, item.Title, false, task?.Start, task?.Finish, itemScore.Progress, item.State, itemScore.Status,
                    task?.IsCritical ?? false, task is null ? unscheduled.GetValueOrDefault(item.Id, "no dates") : null));
            }
        }

        return rows;
    }
}
