using System.Collections.Immutable;
using Okr.Core.Scoring;

namespace Okr.Core.Tests.Serialization;

/// <summary>The complete example plan of docs/json-format.md and the golden files.</summary>
internal static class SamplePlans
{
    public static OkrPlan Complete()
    {
        var q2 = new Period(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30));
        var company = new Objective
        {
            Id = "obj-company",
            Title = "Become the reference OKR tool for engineering teams",
            Period = q2,
            Owner = "CEO",
            Type = ObjectiveType.Aspirational,
            Scale = new MeasureScale(0m, 1000000m, MetricUnit.Currency("EUR")),
            KeyResults =
            [
                new KeyResult
                {
                    Id = "kr-arr",
                    Title = "Grow ARR from 1.2M to 2M EUR",
                    Kind = KeyResultKind.Increase(1200000m, 2000000m, MetricUnit.Currency("EUR")),
                    Owner = "Sales",
                    PhasedTargets = [new PhasedTarget(new DateOnly(2026, 4, 30), 1300000m), new PhasedTarget(new DateOnly(2026, 5, 31), 1550000.50m)],
                    CheckIns =
                    [
                        new CheckIn(new DateTimeOffset(2026, 4, 15, 9, 30, 0, TimeSpan.FromHours(2)), 1350000.10m) { Confidence = 0.7m, Author = "sam", Note = "Two enterprise deals signed" },
                        new CheckIn(new DateTimeOffset(2026, 5, 12, 8, 0, 0, TimeSpan.Zero), 1500000m) { Status = OkrStatus.OnTrack, Source = CheckInSource.Integration },
                    ],
                },
                new KeyResult
                {
                    Id = "kr-churn",
                    Title = "Keep monthly churn below 2%",
                    Kind = new ThresholdKind(ThresholdDirection.StayBelow, 2m, 3.5m, ThresholdBoundary.OnThresholdPasses, MetricUnit.Percent),
                    Weight = ContributionWeight.Times(0.5m),
                    CheckIns = [new CheckIn(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero), 1.8m)],
                    ScoreOverride = new ScoreOverride(0.9m, "Churn held despite the price change", "cfo", new DateTimeOffset(2026, 6, 30, 17, 0, 0, TimeSpan.Zero)),
                },
            ],
        };
        var team = new Objective
        {
            Id = "obj-platform",
            Title = "Ship a fast, reliable scoring engine",
            Period = q2,
            Alignment = Alignment.ToObjective("obj-company"),
            Weight = ContributionWeight.FixedShare(40m),
            Rollup = new RollupSettings { Strategy = new MeanRollup(), IncludeInitiatives = true, CapChildrenAt = 1m },
            KeyResults =
            [
                new KeyResult
                {
                    Id = "kr-latency",
                    Title = "Cut p95 scoring latency from 120 ms to 20 ms",
                    Kind = KeyResultKind.Decrease(120m, 20m),
                    ProgressStrategy = new StandardProgressStrategy(1m, 0m),
                    CheckIns = [new CheckIn(new DateTimeOffset(2026, 5, 2, 10, 0, 0, TimeSpan.FromHours(-4)), 0.1m) { Confidence = 0.95m }],
                    ProgressOverride = new ProgressOverride(Progress.FromRatio(0.8m), OverrideMode.OneOff, "Benchmark machine was down", "lead", new DateTimeOffset(2026, 5, 20, 9, 0, 0, TimeSpan.Zero)),
                },
                new KeyResult
                {
                    Id = "kr-release",
                    Title = "Release 1.0",
                    Kind = new MilestonesKind([new Milestone("Beta", 0.3m), new Milestone("RC", 0.3m), new Milestone("GA", 0.4m)]),
                    CheckIns = [new CheckIn(new DateTimeOffset(2026, 5, 30, 16, 45, 30, 500, TimeSpan.Zero), 1m)],
                },
                new KeyResult
                {
                    Id = "kr-work",
                    Title = "Finish the roadmap work",
                    Kind = new ActivityKind(ActivityMethod.EffortWeighted),
                    Initiatives =
                    [
                        new Initiative
                        {
                            Id = "init-bench",
                            Title = "Build a benchmarking program",
                            Owner = "ana",
                            Start = new DateOnly(2026, 4, 1),
                            Due = new DateOnly(2026, 5, 15),
                            Link = new ExternalLink("jira", "OKR-7", new Uri("https://example.atlassian.net/browse/OKR-7")),
                            WorkItems =
                            [
                                new WorkItem { Id = "task-harness", Title = "Write the harness", State = WorkItemState.Done, Effort = 5m, CompletedOn = new DateOnly(2026, 4, 20), Assignee = "ana" },
                                new WorkItem { Id = "task-ci", Title = "Run it in CI", State = WorkItemState.InProgress, PercentComplete = 40m, Effort = 3m, DependsOn = ["task-harness"], LastSyncedAt = new DateTimeOffset(2026, 5, 3, 7, 15, 0, TimeSpan.Zero) },
                                new WorkItem { Id = "task-old", Title = "Port the old scripts", State = WorkItemState.Cancelled },
                            ],
                        },
                        new Initiative { Id = "init-docs", Title = "Document the engine", PercentComplete = 25m, Contributes = false },
                    ],
                },
            ],
        };
        var aligned = new Objective
        {
            Id = "obj-growth-team",
            Title = "Own the revenue pipeline",
            Period = q2,
            Alignment = Alignment.ToKeyResult("kr-arr"),
            KeyResults =
            [
                new KeyResult { Id = "kr-emea", Title = "EMEA ARR", Kind = new CascadedSumKind(0m, 500000m, MetricUnit.Currency("EUR")), ParentKeyResultId = null },
                new KeyResult
                {
                    Id = "kr-deal-emea",
                    Title = "EMEA deals",
                    Kind = KeyResultKind.Reach(500000m, MetricUnit.Currency("EUR")),
                    ParentKeyResultId = "kr-emea",
                    CheckIns = [new CheckIn(new DateTimeOffset(2026, 5, 5, 9, 0, 0, TimeSpan.Zero), 180000m)],
                },
                new KeyResult { Id = "kr-nps", Title = "NPS", Kind = new RangeKind(40m, 60m) },
                new KeyResult { Id = "kr-support", Title = "Support tickets answered within a day", Kind = new ControlKpiKind(ControlKpiDirection.AtLeast, 95m, 12, ControlKpiMethod.SuccessfulCheckInShare, MetricUnit.Percent) },
                new KeyResult { Id = "kr-launch", Title = "Launch the partner program", Kind = new BinaryKind(), Contributes = false },
                new KeyResult { Id = "kr-adoption", Title = "Share of teams using OKRs", Kind = new PercentageKind() },
                new KeyResult { Id = "kr-tickets", Title = "Baseline: weekly tickets", Kind = new BaselineKind() },
            ],
            ClosedOn = new DateOnly(2026, 7, 2),
        };
        var scoring = new ScoringConfiguration
        {
            KeyResultStatus = PaceStatusStrategy.Ratio(0.4m, 0.7m),
            ProgressByKind = ImmutableDictionary<string, ProgressStrategy>.Empty.Add("linear", new StandardProgressStrategy(1.2m, null)),
            DefaultRollup = new RollupSettings { IncludeChildObjectives = true, WeightByTargetSize = true },
        };
        return new OkrPlan([company, team, aligned], scoring);
    }
}
