using Okr.Core.Scoring;

namespace Okr.Core.Tests.Series;

/// <summary>
/// Days between which only the elapsed time moves (every check-in and work item is dated before the first day): a series
/// re-evaluates only the statuses that follow the elapsed time (status alone, from the stored progress) and keeps the
/// others (achieved, not started, closed). Each day must still equal <see cref="OkrScorer.Score"/> for that day, under
/// status strategies that read the children's statuses and roll-up settings that weigh initiatives.
/// </summary>
public sealed class SeriesElapsedTimeTests
{
    private static readonly Period Q2 = Period.Quarter(2026, 2);

    private static readonly DateOnly[] Days =
        [new(2026, 4, 6), new(2026, 4, 20), new(2026, 5, 11), new(2026, 5, 25), new(2026, 6, 8), new(2026, 6, 22), new(2026, 6, 30), new(2026, 7, 6)];

    private static CheckIn At(int month, int day, decimal value) => new(new DateTimeOffset(2026, month, day, 9, 0, 0, TimeSpan.Zero), value);

    private static OkrPlan Plan(ScoringConfiguration scoring) => new(
        [
            new Objective
            {
                Id = "o",
                Title = "Grow",
                Period = Q2,
                KeyResults =
                [
                    new KeyResult
                    {
                        Id = "pace",
                        Title = "Revenue",
                        Kind = KeyResultKind.Increase(0m, 100m),
                        CheckIns = [At(4, 2, 30m)],
                        Initiatives =
                        [
                            new Initiative
                            {
                                Id = "i",
                                Title = "Launch",
                                Start = new DateOnly(2026, 4, 1),
                                Due = new DateOnly(2026, 6, 15),
                                WorkItems =
                                [
                                    new WorkItem { Id = "w1", Title = "Spec", State = WorkItemState.Done, CompletedOn = new DateOnly(2026, 4, 1) },
                                    new WorkItem { Id = "w2", Title = "Build", State = WorkItemState.InProgress, PercentComplete = 20m },
                                ],
                            },
                            new Initiative
                            {
                                Id = "idle",
                                Title = "Later",
                                WorkItems = [new WorkItem { Id = "w3", Title = "Wait", State = WorkItemState.NotStarted }],
                            },
                        ],
                    },
                    new KeyResult { Id = "done", Title = "Shipped", Kind = KeyResultKind.Increase(0m, 10m), CheckIns = [At(4, 3, 10m)] },
                    new KeyResult { Id = "waiting", Title = "Signed", Kind = new BinaryKind() },
                ],
            },
            new Objective
            {
                Id = "child",
                Title = "Sell",
                Period = Q2,
                Alignment = Alignment.ToObjective("o"),
                KeyResults = [new KeyResult { Id = "deals", Title = "Deals", Kind = KeyResultKind.Increase(0m, 20m), CheckIns = [At(4, 1, 11m)] }],
            },
            new Objective
            {
                Id = "closed",
                Title = "Old",
                Period = Q2,
                ClosedOn = new DateOnly(2026, 4, 5),
                KeyResults = [new KeyResult { Id = "old", Title = "Old", Kind = KeyResultKind.Increase(0m, 10m), CheckIns = [At(4, 2, 1m)] }],
            },
        ],
        scoring);

    public static TheoryData<string> Configurations => ["default", "worst-child", "with-initiatives", "ratio"];

    private static ScoringConfiguration Configuration(string name) => name switch
    {
        "worst-child" => ScoringConfiguration.Default with { ObjectiveStatus = new WorstChildStatusStrategy() },
        "with-initiatives" => ScoringConfiguration.Default with { DefaultRollup = new RollupSettings { IncludeInitiatives = true } },
        "ratio" => ScoringConfiguration.Default with { KeyResultStatus = PaceStatusStrategy.Ratio(0.6m, 0.9m), ObjectiveStatus = PaceStatusStrategy.Ratio(0.6m, 0.9m) },
        _ => ScoringConfiguration.Default,
    };

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Series_OnlyElapsedTimeMoves_EveryDayEqualsScoring(string configuration)
    {
        var plan = Plan(Configuration(configuration));

        var series = OkrScorer.ScoreSeries(plan, Days);

        foreach (var day in Days)
        {
            var scorecard = OkrScorer.Score(plan, day);
            foreach (string id in series.ItemIds)
            {
                var point = series[id, day];
                var expected = scorecard[id];
                Assert.True(expected.Status == point.Status, $"{id} on {day:yyyy-MM-dd}: {point.Status}, scored {expected.Status}");
                Assert.Equal(expected.Progress is { } p ? decimal.GetBits(p.Ratio) : null, point.Progress is { } q ? decimal.GetBits(q.Ratio) : null);
                Assert.Equal(expected.ExpectedProgress, point.ExpectedProgress);
            }
        }

        // The days do move statuses with the elapsed time alone (else this test would check nothing), and leave the
        // statuses decided before the strategy alone.
        Assert.True(series.Points("pace").Select(p => p.Status).Distinct().Count() > 1);
        Assert.True(series.Points("i").Select(p => p.Status).Distinct().Count() > 1);
        Assert.True(series.Points("o").Select(p => p.Status).Distinct().Count() > 1);
        Assert.All(series.Points("done"), p => Assert.Equal(OkrStatus.Achieved, p.Status));
        Assert.All(series.Points("waiting"), p => Assert.Equal(OkrStatus.NotStarted, p.Status));
        Assert.All(series.Points("idle"), p => Assert.Equal(OkrStatus.NotStarted, p.Status));
        Assert.All(series.Points("closed"), p => Assert.Equal(OkrStatus.Closed, p.Status));
    }
}
