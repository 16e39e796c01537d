using Okr.Core.Scheduling;
using Okr.Core.Tests.Sync;

namespace Okr.Core.Tests.Scheduling;

public sealed class ScheduleTests
{
    private static readonly DateOnly D1 = new(2026, 4, 1);

    private static WorkItem Item(string id, int startOffset, int days, params string[] dependsOn) => new()
    {
        Id = id,
        Title = "Task " + id,
        Start = D1.AddDays(startOffset),
        Due = D1.AddDays(startOffset + days - 1),
        DependsOn = [.. dependsOn],
    };

    private static Initiative Initiative(string id, params WorkItem[] items) => new() { Id = id, Title = "Initiative " + id, WorkItems = [.. items] };

    [Fact]
    public void Build_Chain_PushesSuccessorsAndFindsCriticalPath()
    {
        // a (3 days) -> c (2 days); b (1 day) -> c; c planned too early, so it moves after a.
        var schedule = Schedule.Build([Initiative("i", Item("a", 0, 3), Item("b", 0, 1), Item("c", 1, 2, "a", "b"))]);

        var c = schedule.WorkItems.Single(t => t.Id == "c");
        Assert.Equal(D1.AddDays(3), c.Start);
        Assert.Equal(D1.AddDays(4), c.Finish);
        Assert.Equal(["a", "c"], schedule.CriticalPath.ToArray());
        Assert.Equal(2, schedule.WorkItems.Single(t => t.Id == "b").SlackDays);
        Assert.False(schedule.WorkItems.Single(t => t.Id == "b").IsCritical);
        Assert.Equal(D1.AddDays(4), schedule.Finish);
    }

    [Fact]
    public void Build_NoDependencies_CriticalPathIsTheLastTask()
    {
        var schedule = Schedule.Build([Initiative("i", Item("a", 0, 3), Item("b", 2, 5))]);
        Assert.Equal(["b"], schedule.CriticalPath.ToArray());
    }

    [Fact]
    public void Build_TaskWithoutDatesButWithDependency_StartsAfterIt()
    {
        var undated = new WorkItem { Id = "u", Title = "Undated", DependsOn = ["a"] };
        var schedule = Schedule.Build([Initiative("i", Item("a", 0, 2), undated)]);
        Assert.Equal(D1.AddDays(2), schedule.WorkItems.Single(t => t.Id == "u").Start);
    }

    [Fact]
    public void Build_CycleCancelledAndUndated_AreUnscheduledWithReasons()
    {
        var schedule = Schedule.Build([Initiative("i",
            Item("x", 0, 1, "y"), Item("y", 0, 1, "x"),
            new WorkItem { Id = "c", Title = "Cancelled", State = WorkItemState.Cancelled, Start = D1 },
            new WorkItem { Id = "n", Title = "No dates" })]);

        Assert.Empty(schedule.WorkItems);
        Assert.Equal(4, schedule.Unscheduled.Length);
        Assert.Contains(schedule.Unscheduled, u => u.Id == "x" && u.Reason.Contains("cycle", StringComparison.Ordinal));
        Assert.Contains(schedule.Unscheduled, u => u.Id == "c" && u.Reason == "cancelled");
        Assert.Null(schedule.Start);
    }

    [Fact]
    public void Build_LongChain_DoesNotRecurse()
    {
        var items = Enumerable.Range(0, 20_000).Select(i => new WorkItem
        {
            Id = "w" + i,
            Title = "W",
            Start = i == 0 ? D1 : null,
            DependsOn = i == 0 ? [] : ["w" + (i - 1)],
        }).ToArray();
        var schedule = Schedule.Build([Initiative("i", items)]);
        Assert.Equal(20_000, schedule.CriticalPath.Length);
        Assert.Equal(D1.AddDays(19_999), schedule.Finish);
    }

    [Fact]
    public void Build_InitiativeProgress_IsMeanOfTasks()
    {
        var done = Item("a", 0, 1) with { State = WorkItemState.Done };
        var half = Item("b", 1, 1) with { State = WorkItemState.InProgress, PercentComplete = 50m };
        var schedule = Schedule.Build([Initiative("i", done, half)]);
        Assert.Equal(0.75m, Assert.Single(schedule.Initiatives).Progress);
    }

    [Fact]
    public void ToMermaidGantt_WritesSectionsTagsAndDates()
    {
        var done = Item("a", 0, 3) with { State = WorkItemState.Done, Title = "Design: phase 1; #1" };
        var schedule = Schedule.Build([Initiative("i", done, Item("b", 3, 2, "a") with { State = WorkItemState.InProgress })]);

        string text = schedule.ToMermaidGantt("Relaunch");

        Assert.Equal(
            "gantt\n    title Relaunch\n    dateFormat YYYY-MM-DD\n    section Initiative i\n" +
            "    Design  phase 1,  1 :crit, done, t1, 2026-04-01, 3d\n" +
            "    Task b :crit, active, t2, 2026-04-04, 2d\n",
            text);
    }

    [Fact]
    public void Build_FromPlan_UsesEveryInitiative()
    {
        var schedule = Schedule.Build(SyncPlans.Plan() is var plan ? plan : throw new InvalidOperationException());
        Assert.Equal(4, schedule.Unscheduled.Length);
    }
}
