using Okr.Core;

namespace Okr.Samples.Cli.Plans;

/// <summary>
/// The built-in example: the plan of the article the project started from ("OKR and project management"), set in a
/// small company whose objectives align three levels deep (company, team, person), with check-ins spread over the
/// second quarter of 2026 so that pace and statuses mean something.
/// </summary>
internal static class ExamplePlan
{
    /// <summary>The name that stands for the built-in example wherever a plan file is expected.</summary>
    public const string Name = "@example";

    /// <summary>The day the example is scored as of by default: day 50 of the 91-day quarter.</summary>
    public static DateOnly AsOf { get; } = new(2026, 5, 20);

    /// <summary>The quarter the example covers.</summary>
    public static Period Quarter { get; } = Period.Quarter(2026, 2);

    /// <summary>The objective whose explanation the overview shows: the article's objective.</summary>
    public const string FeaturedObjectiveId = "obj-ai-python";

    /// <summary>Builds the example plan.</summary>
    /// <returns>The plan.</returns>
    public static OkrPlan Build()
    {
        var q = Quarter;
        var company = new Objective
        {
            Id = "obj-company",
            Title = "Become the leading maker of AI developer tools",
            Owner = "C2 Software (CEO)",
            Period = q,
            Type = ObjectiveType.Aspirational,
            KeyResults =
            [
                new KeyResult
                {
                    Id = "kr-arr",
                    Title = "Grow annual recurring revenue from 2.0M to 3.0M USD",
                    Kind = KeyResultKind.Increase(2_000_000m, 3_000_000m, MetricUnit.Currency("USD")),
                    Owner = "CEO",
                    CheckIns =
                    [
                        At(4, 10, 2_080_000m, 0.7m),
                        At(4, 30, 2_260_000m, 0.7m),
                        At(5, 15, 2_560_000m, 0.8m, "Two enterprise pilots converted."),
                    ],
                },
                new KeyResult
                {
                    Id = "kr-nps",
                    Title = "Keep customer NPS above 40",
                    Kind = new ThresholdKind(ThresholdDirection.StayAbove, 40m, riskThreshold: 30m),
                    Owner = "Head of Customer Success",
                    CheckIns = [At(4, 15, 44m, 0.8m), At(5, 15, 46m, 0.8m)],
                },
            ],
        };

        var team = new Objective
        {
            Id = "obj-ai-python",
            Title = "Develop a revolutionary AI based Python Coding software",
            Owner = "RD team",
            Period = q,
            Alignment = Alignment.ToObjective("obj-company"),
            KeyResults =
            [
                new KeyResult
                {
                    Id = "kr-coding-time",
                    Title = "Show 5 ways that AI coding can cut coding time 50%",
                    Kind = KeyResultKind.Reach(5m),
                    Owner = "RD team",
                    CheckIns =
                    [
                        At(4, 17, 1m, 0.6m, "Autocomplete of boilerplate measured."),
                        At(5, 1, 2m, 0.6m),
                        At(5, 15, 3m, 0.7m, "Test generation halves the time to cover a module."),
                    ],
                    Initiatives = [Benchmark()],
                },
                new KeyResult
                {
                    Id = "kr-costs",
                    Title = "Show how AI coding can cut costs 35%",
                    Kind = KeyResultKind.Decrease(100m, 65m),
                    Description = "Cost per delivered feature, indexed to 100 at the start of the quarter.",
                    Owner = "RD team",
                    CheckIns = [At(4, 20, 96m, 0.6m), At(5, 12, 88m, 0.5m, "Licence costs higher than planned.")],
                },
                new KeyResult
                {
                    Id = "kr-bugs",
                    Title = "Show how AI coding can reduce bugs by 75%",
                    Kind = KeyResultKind.Decrease(8m, 2m),
                    Description = "Bugs per thousand lines of code found after release.",
                    Owner = "QA lead",
                    CheckIns = [At(4, 30, 7.5m, 0.5m), At(5, 18, 7m, 0.3m, "Generated code needs more review than expected.")],
                },
            ],
        };

        var benchmarkOwner = new Objective
        {
            Id = "obj-benchmark",
            Title = "Prove the speed-up with a benchmark anyone can rerun",
            Owner = "Mei Lin",
            Period = q,
            Alignment = Alignment.ToKeyResult("kr-coding-time"),
            KeyResults =
            [
                new KeyResult
                {
                    Id = "kr-bench-results",
                    Title = "Publish benchmark results for 4 coding tasks",
                    Kind = KeyResultKind.Reach(4m),
                    Owner = "Mei Lin",
                    CheckIns = [At(5, 5, 1m, 0.8m), At(5, 19, 2m, 0.8m)],
                },
                new KeyResult
                {
                    Id = "kr-bench-ci",
                    Title = "Benchmark runs in CI on every merge",
                    Kind = new BinaryKind(),
                    Owner = "Mei Lin",
                    CheckIns = [At(5, 10, 1m, 1m, "Nightly and per-merge runs green.")],
                },
            ],
        };

        var qualityOwner = new Objective
        {
            Id = "obj-review",
            Title = "Make AI-generated code as reviewable as hand-written code",
            Owner = "Ravi Kumar",
            Period = q,
            Alignment = Alignment.ToKeyResult("kr-bugs"),
            KeyResults =
            [
                new KeyResult
                {
                    Id = "kr-review-checklist",
                    Title = "Review checklist adopted by the team (%)",
                    Kind = new PercentageKind(),
                    Owner = "Ravi Kumar",
                    CheckIns = [At(4, 25, 20m, 0.5m), At(5, 16, 35m, 0.4m)],
                },
            ],
        };

        return new OkrPlan([company, team, benchmarkOwner, qualityOwner]);
    }

    private static Initiative Benchmark() => new()
    {
        Id = "init-benchmark",
        Title = "Build a benchmarking program",
        Owner = "Mei Lin",
        Start = new DateOnly(2026, 4, 1),
        Due = new DateOnly(2026, 6, 30),
        WorkItems =
        [
            Task("task-research", "Research", (4, 1), (4, 12), WorkItemState.Done, completed: (4, 13), effort: 5m),
            Task("task-design", "Design", (4, 13), (4, 30), WorkItemState.Done, completed: (5, 4), effort: 8m) with { DependsOn = ["task-research"] },
            Task("task-coding", "Coding", (5, 1), (5, 31), WorkItemState.InProgress, percent: 60m, effort: 20m) with { DependsOn = ["task-design"] },
            Task("task-prototype", "Prototype", (6, 1), (6, 15), WorkItemState.NotStarted, effort: 8m) with { DependsOn = ["task-coding"] },
            Task("task-testing", "Testing", (6, 10), (6, 30), WorkItemState.NotStarted, effort: 10m) with { DependsOn = ["task-coding"] },
        ],
    };

    private static WorkItem Task(string id, string title, (int M, int D) start, (int M, int D) due, WorkItemState state,
        (int M, int D)? completed = null, decimal? percent = null, decimal? effort = null) => new()
        {
            Id = id,
            Title = title,
            Start = new DateOnly(2026, start.M, start.D),
            Due = new DateOnly(2026, due.M, due.D),
            State = state,
            CompletedOn = completed is { } c ? new DateOnly(2026, c.M, c.D) : null,
            PercentComplete = percent,
            Effort = effort,
            Assignee = "Mei Lin",
        };

    private static CheckIn At(int month, int day, decimal value, decimal confidence, string? note = null) =>
        new(new DateTimeOffset(2026, month, day, 17, 0, 0, TimeSpan.Zero), value) { Confidence = confidence, Note = note, Author = "owner" };
}
