using Okr.Core.Scoring;
using Okr.Core.Tests.Support;
using Xunit;

namespace Okr.Core.Tests.Forecasting;

public class NeededTests
{
    private static readonly DateOnly Day = new(2026, 5, 15);

    private static KeyResult Kr(string id, KeyResultKind kind, decimal value) => new()
    {
        Id = id,
        Title = id,
        Kind = kind,
        CheckIns = [Plans.CheckIn(value)],
    };

    private static IReadOnlyDictionary<string, NeededValue> Needed(OkrPlan plan, string objectiveId, decimal percent) =>
        OkrTargets.Needed(OkrScorer.Score(plan, Day), objectiveId, Progress.FromPercent(percent)).ToDictionary(n => n.KeyResultId);

    private static decimal ObjectiveAt(OkrPlan plan, string objectiveId, string keyResultId, decimal value) =>
        OkrScorer.Score(plan.AddCheckIn(keyResultId, new CheckIn(Plans.At(Day, 23), value)), Day)[objectiveId].Progress!.Value.Ratio;

    [Fact]
    public void Needed_WeightedMean_IsSolvedInClosedFormExactly()
    {
        // (a + 3 b) / 4 = 0.7 with b at 0.5: a = 1.3, that is 130 of a 0..100 key result.
        var plan = Plans.Plan(Plans.Objective("o", Kr("a", KeyResultKind.Increase(0m, 100m), 10m), Kr("b", new PercentageKind(), 50m) with { Weight = ContributionWeight.Times(3m) }));
        var needed = Needed(plan, "o", 70m);
        Assert.Equal(NeededOutcome.ClosedForm, needed["a"].Outcome);
        Assert.Equal(130m, needed["a"].Value);
        Assert.Equal(1.3m, needed["a"].KeyResultProgress!.Value.Ratio);
        Assert.Equal(10m, needed["a"].Current);
        Assert.Equal(0.7m, ObjectiveAt(plan, "o", "a", 130m));
        Assert.Contains("needs 130: the objective moves +0.25 points per unit of this key result, from 37.5% at 0", needed["a"].Explanation, StringComparison.Ordinal);
        Assert.Equal(NeededOutcome.ClosedForm, needed["b"].Outcome);
        Assert.Equal(0.7m, ObjectiveAt(plan, "o", "b", needed["b"].Value!.Value));
    }

    [Fact]
    public void Needed_CappedChildren_IsSearchedOrNotReachable()
    {
        var capped = Plans.Objective("o", Kr("a", KeyResultKind.Increase(0m, 100m), 10m), Kr("b", new PercentageKind(), 60m)) with { Rollup = new RollupSettings { CapChildrenAt = 1m } };
        var needed = Needed(Plans.Plan(capped), "o", 70m);
        var a = needed["a"];
        Assert.True(a.Outcome is NeededOutcome.ClosedForm or NeededOutcome.Searched);
        Assert.True(ObjectiveAt(Plans.Plan(capped), "o", "a", a.Value!.Value) >= 0.7m);
        Assert.True(ObjectiveAt(Plans.Plan(capped), "o", "a", a.Value!.Value - 0.0001m) < 0.7m);
        var high = Needed(Plans.Plan(capped), "o", 90m);
        Assert.Equal(NeededOutcome.NotReachable, high["a"].Outcome);
        Assert.Null(high["a"].Value);
    }

    [Fact]
    public void Needed_WeakestRollup_IsSearched()
    {
        var weakest = Plans.Objective("o", Kr("a", KeyResultKind.Increase(0m, 100m), 10m), Kr("b", new PercentageKind(), 80m)) with { Rollup = new RollupSettings { Strategy = new WeakestRollup() } };
        var a = Needed(Plans.Plan(weakest), "o", 70m)["a"];
        Assert.Equal(NeededOutcome.Searched, a.Outcome);
        Assert.InRange(a.Value!.Value, 69.999999m, 70.000001m);
    }

    [Fact]
    public void Needed_NestedObjectives_AreIncluded()
    {
        var parent = Plans.Objective("parent", Kr("p", new PercentageKind(), 20m));
        var child = Plans.Objective("child", Kr("c", KeyResultKind.Increase(0m, 10m), 2m)) with { Alignment = Alignment.ToObjective("parent") };
        var plan = Plans.Plan(parent, child);
        var needed = Needed(plan, "parent", 50m);
        Assert.Equal(["p", "c"], needed.Keys);
        Assert.Equal("child", needed["c"].ObjectiveId);
        Assert.True(ObjectiveAt(plan, "parent", "c", needed["c"].Value!.Value) >= 0.5m);
    }

    [Fact]
    public void Needed_DiscreteAndValuelessKinds()
    {
        var plan = Plans.Plan(Plans.Objective(
            "o",
            Kr("bin", new BinaryKind(), 0m),
            Kr("pct", new PercentageKind(), 0m),
            new KeyResult { Id = "act", Title = "act", Kind = new ActivityKind() },
            Kr("off", new PercentageKind(), 0m) with { Contributes = false }));
        var needed = Needed(plan, "o", 50m);
        Assert.Equal(NeededOutcome.Discrete, needed["bin"].Outcome);
        Assert.Equal(1m, needed["bin"].Value);
        Assert.Equal(NeededOutcome.NotApplicable, needed["act"].Outcome);
        Assert.Equal("driven by its tasks, not by a value", needed["act"].Explanation);
        Assert.Equal(NeededOutcome.NotApplicable, needed["off"].Outcome);
        var low = Needed(plan, "o", 0m);
        Assert.Equal(NeededOutcome.AlreadyReached, low["pct"].Outcome);
    }

    [Fact]
    public void Needed_BadArguments_Throw()
    {
        var card = OkrScorer.Score(Plans.Plan(Plans.Objective("o")), Day);
        Assert.Throws<KeyNotFoundException>(() => OkrTargets.Needed(card, "nope", Progress.Complete));
        Assert.Throws<ArgumentNullException>(() => OkrTargets.Needed(null!, "o", Progress.Complete));
        Assert.Throws<ArgumentNullException>(() => OkrTargets.Needed(card, null!, Progress.Complete));
    }
}
