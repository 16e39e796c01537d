using Okr.Core.Sync;

namespace Okr.Core.Tests.Sync;

/// <summary>Small plans for the integration tests: one activity key result with linked Jira tasks.</summary>
internal static class SyncPlans
{
    public static readonly DateTimeOffset T0 = new(2026, 4, 10, 9, 0, 0, TimeSpan.Zero);

    public static WorkItem Task(int n, WorkItemState state = WorkItemState.NotStarted) => new()
    {
        Id = $"wi-{n}",
        Title = $"Task {n}",
        State = state,
        Link = new ExternalLink("jira", $"PROJ-{n}"),
    };

    public static OkrPlan Plan(int tasks = 4, KeyResultKind? kind = null) => new(
    [
        new Objective
        {
            Id = "o-1",
            Title = "Ship the connector",
            Period = Period.Quarter(2026, 2),
            KeyResults =
            [
                new KeyResult
                {
                    Id = "kr-1",
                    Title = "Finish the integration epic",
                    Kind = kind ?? new ActivityKind(),
                    Initiatives =
                    [
                        new Initiative
                        {
                            Id = "in-1",
                            Title = "Integration epic",
                            WorkItems = [.. Enumerable.Range(1, tasks).Select(n => Task(n))],
                        },
                    ],
                },
            ],
        },
    ]);

    public static ExternalUpdate Update(int n, string status, DateTimeOffset at, string? category = null) => new()
    {
        Key = $"PROJ-{n}",
        System = "jira",
        At = at,
        Status = new ExternalStatus(status, category),
    };
}
