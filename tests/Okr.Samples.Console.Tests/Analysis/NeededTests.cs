using Okr.Core;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Analysis;
using Okr.Samples.Cli.Plans;

namespace Okr.Samples.Cli.Tests.Analysis;

public sealed class NeededTests
{
    private static readonly Period Q2 = Period.Quarter(2026, 2);
    private static readonly DateOnly AsOf = new(2026, 5, 20);

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.7)]
    [InlineData(1.0)]
    public void Compute_Example_EachValueReachesTheScoreAndACentLessDoesNot(double target)
    {
        var plan = ExamplePlan.Build();
        decimal score = (decimal)target;

        var rows = Needed.Compute(plan, "obj-ai-python", score, AsOf);

        Assert.Equal(3, rows.Count(r => r.ObjectiveId == "obj-ai-python"));
        Assert.True(rows.Count > 3, "the key results of the objectives aligned below are included");
        foreach (var row in rows.Where(r => r.Value is not null && plan.FindKeyResult(r.KeyResultId)!.Kind is LinearKind && r.Note is null))
        {
            decimal value = Assert.IsType<decimal>(row.Value);
            Assert.True(ObjectiveRatio(plan, row.KeyResultId, value) >= score, $"{row.KeyResultId} at {value}");
            var kind = (LinearKind)plan.FindKeyResult(row.KeyResultId)!.Kind;
            // A count (kr-coding-time, "5 ways") is needed in whole numbers: one less must fall short; other values by the cent.
            decimal step = Okr.Samples.Cli.Rendering.ItemText.IsCount(plan.FindKeyResult(row.KeyResultId)!) ? 1m : 0.01m;
            Assert.True(step == 0.01m || decimal.IsInteger(value), $"{row.KeyResultId}: {value} is a count");
            decimal worse = kind.Direction == LinearDirection.Decrease ? value + step : value - step;
            Assert.True(ObjectiveRatio(plan, row.KeyResultId, worse) < score, $"{row.KeyResultId} at {worse}");
        }
    }

    [Fact]
    public void Compute_CappedRollup_ReportsNotReachable()
    {
        var plan = new OkrPlan([new Objective
        {
            Id = "o",
            Title = "Objective",
            Period = Q2,
            Rollup = new RollupSettings { CapChildrenAt = 1m },
            KeyResults = [Kr("a", KeyResultKind.Reach(10m), 0m), Kr("b", new PercentageKind(), 0m)],
        }]);

        var rows = Needed.Compute(plan, "o", 0.9m, AsOf);

        Assert.All(rows, row =>
        {
            Assert.Null(row.Value);
            Assert.StartsWith("not reachable", row.Note, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Compute_DiscreteKinds_GivesThePassingValue()
    {
        var plan = new OkrPlan([new Objective
        {
            Id = "o",
            Title = "Objective",
            Period = Q2,
            KeyResults =
            [
                Kr("binary", new BinaryKind(), 0m),
                Kr("above", new ThresholdKind(ThresholdDirection.StayAbove, 8m), 7m),
                Kr("milestones", new MilestonesKind([new Milestone("a", 0.5m), new Milestone("b", 0.5m)]), 0m),
            ],
        }]);

        var rows = Needed.Compute(plan, "o", 1m / 3m, AsOf).ToDictionary(r => r.KeyResultId);

        Assert.Equal(1m, rows["binary"].Value);
        Assert.Equal(8.01m, rows["above"].Value);
        Assert.Equal(2m, rows["milestones"].Value);
    }

    [Fact]
    public void Compute_ActivityKeyResult_HasNoValueAndSaysWhy()
    {
        var activity = new KeyResult
        {
            Id = "act",
            Title = "Activity",
            Kind = new ActivityKind(),
            Initiatives = [new Initiative { Id = "i", Title = "I", WorkItems = [new WorkItem { Id = "w", Title = "W" }] }],
        };
        var plan = new OkrPlan([new Objective { Id = "o", Title = "O", Period = Q2, KeyResults = [activity, Kr("p", new PercentageKind(), 10m)] }]);

        var row = Needed.Compute(plan, "o", 0.5m, AsOf).Single(r => r.KeyResultId == "act");

        Assert.Null(row.Value);
        Assert.Equal("driven by its tasks, not by a value", row.Note);
    }

    [Fact]
    public void Compute_AlreadyReached_SaysSo()
    {
        var plan = new OkrPlan([new Objective { Id = "o", Title = "O", Period = Q2, KeyResults = [Kr("p", new PercentageKind(), 90m), Kr("q", new PercentageKind(), 90m)] }]);

        var rows = Needed.Compute(plan, "o", 0.4m, AsOf);

        Assert.All(rows, r =>
        {
            Assert.Equal("already reached, even at its start value", r.Note);
            Assert.Equal(0m, r.Value);
        });
    }

    private static decimal ObjectiveRatio(OkrPlan plan, string keyResultId, decimal value) =>
        OkrScorer.Score(WhatIf.WithValue(plan, keyResultId, value, AsOf), AsOf)["obj-ai-python"].Progress!.Value.Ratio;

    private static KeyResult Kr(string id, KeyResultKind kind, decimal value) => new()
    {
        Id = id,
        Title = "Key result " + id,
        Kind = kind,
        CheckIns = [new CheckIn(new DateTimeOffset(2026, 4, 10, 12, 0, 0, TimeSpan.Zero), value)],
    };
}
