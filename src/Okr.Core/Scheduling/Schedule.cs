namespace Okr.Core.Scheduling;

/// <summary>
/// A timeline of initiatives and tasks: scheduled dates, progress, slack and the critical path. Built by
/// <see cref="Build(OkrPlan)"/>; exported with <see cref="ToMermaidGantt"/>.
/// </summary>
/// <remarks>
/// <para>A task's duration is its planned start to due day (one day when only one is known, or when due is before
/// start). A task starts on its planned start, or the day after its last dependency finishes if that is later; a task
/// with no dates but with dependencies starts the day after they finish. Days are calendar days (no working calendar).</para>
/// <para>The critical path is the chain of zero-slack tasks, linked by dependencies, that ends on the timeline's last
/// day; without dependencies it is the single task that finishes last. Everything runs iteratively (a topological
/// sort), so long dependency chains cannot overflow the stack; tasks in a dependency cycle are left unscheduled.</para>
/// </remarks>
public sealed record Schedule
{
    /// <summary>The scheduled tasks, in plan order.</summary>
    public required ImmutableArray<ScheduledWorkItem> WorkItems { get; init; }

    /// <summary>The initiatives with a span, in plan order.</summary>
    public required ImmutableArray<ScheduledInitiative> Initiatives { get; init; }

    /// <summary>The ids of the critical tasks, first to last; empty when nothing is scheduled.</summary>
    public required ImmutableArray<string> CriticalPath { get; init; }

    /// <summary>The tasks left off, with reasons.</summary>
    public required ImmutableArray<UnscheduledWorkItem> Unscheduled { get; init; }

    /// <summary>The first scheduled day, or null when nothing is scheduled.</summary>
    public DateOnly? Start => WorkItems.IsEmpty && Initiatives.IsEmpty ? null
        : WorkItems.Select(t => t.Start).Concat(Initiatives.Select(i => i.Start)).Min();

    /// <summary>The last scheduled day, or null when nothing is scheduled.</summary>
    public DateOnly? Finish => WorkItems.IsEmpty && Initiatives.IsEmpty ? null
        : WorkItems.Select(t => t.Finish).Concat(Initiatives.Select(i => i.Finish)).Max();

    /// <summary>Builds the timeline of every initiative of a plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static Schedule Build(OkrPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Build(plan.Initiatives);
    }

    /// <summary>Builds the timeline of some initiatives; dependencies on tasks outside them are ignored.</summary>
    /// <param name="initiatives">The initiatives.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="initiatives"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="initiatives"/> contains null.</exception>
    public static Schedule Build(IEnumerable<Initiative> initiatives)
    {
        ArgumentNullException.ThrowIfNull(initiatives);
        var list = initiatives.ToList();
        if (list.Any(i => i is null))
        {
            throw new ArgumentException("The initiatives contain null.", nameof(initiatives));
        }

        return ScheduleCalculator.Calculate(list);
    }

    /// <summary>
    /// The timeline as Mermaid <c>gantt</c> text: one section per initiative, one line per task with its scheduled
    /// start and length in days, tagged <c>done</c>, <c>active</c> (in progress) and <c>crit</c> (critical).
    /// </summary>
    /// <param name="title">The chart title, or null for none.</param>
    /// <returns>The Mermaid text, lines separated by <c>\n</c>.</returns>
    public string ToMermaidGantt(string? title = null) => MermaidGantt.Write(this, title);
}
