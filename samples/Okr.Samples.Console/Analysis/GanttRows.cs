using Okr.Core;
using Okr.Core.Scoring;

namespace Okr.Samples.Cli.Analysis;

/// <summary>One bar of the Gantt chart: an initiative or one of its tasks, with its dates and completion.</summary>
/// <param name="Id">The item's id.</param>
/// <param name="Title">The item's title.</param>
/// <param name="IsInitiative">Whether the row is an initiative (otherwise a task).</param>
/// <param name="Start">The first day, or null when the item has no dates.</param>
/// <param name="End">The last day (included), or null when the item has no dates.</param>
/// <param name="Completion">The completion as of the day (execution progress), or null when not scored.</param>
/// <param name="State">For tasks, the state; null for initiatives.</param>
/// <param name="Status">The item's status.</param>
internal sealed record GanttRow(string Id, string Title, bool IsInitiative, DateOnly? Start, DateOnly? End, Progress? Completion, WorkItemState? State, OkrStatus Status);

/// <summary>
/// The timeline of a plan, built from the model's own dates: each initiative (its start and due day, or the span
/// of its tasks' dates when it has none) followed by its tasks. A task with only one of its dates gets a one-day bar.
/// </summary>
internal static class GanttRows
{
    public static IReadOnlyList<GanttRow> Build(Scorecard scorecard)
    {
        var rows = new List<GanttRow>();
        foreach (var initiative in scorecard.Plan.Initiatives)
        {
            var tasks = initiative.WorkItems.Select(w => Row(w, scorecard[w.Id])).ToList();
            var starts = tasks.Where(t => t.Start is not null).Select(t => t.Start!.Value).ToList();
            var ends = tasks.Where(t => t.End is not null).Select(t => t.End!.Value).ToList();
            DateOnly? start = initiative.Start ?? (starts.Count > 0 ? starts.Min() : null);
            DateOnly? end = initiative.Due ?? (ends.Count > 0 ? ends.Max() : null);
            (start, end) = Complete(start, end);
            var score = scorecard[initiative.Id];
            rows.Add(new GanttRow(initiative.Id, initiative.Title, true, start, end, score.Progress, null, score.Status));
            rows.AddRange(tasks);
        }

        return rows;
    }

    private static GanttRow Row(WorkItem item, ItemScore score)
    {
        var (start, end) = Complete(item.Start, item.Due ?? item.CompletedOn);
        return new GanttRow(item.Id, item.Title, false, start, end, score.Progress, item.State, score.Status);
    }

    private static (DateOnly? Start, DateOnly? End) Complete(DateOnly? start, DateOnly? end) => (start, end) switch
    {
        ({ } s, { } e) when e < s => (e, s),
        ({ } s, null) => (s, s),
        (null, { } e) => (e, e),
        _ => (start, end),
    };
}
