using Okr.Core.Scoring;
using static Okr.Core.Tests.Support.Plans;

namespace Okr.Core.Tests.Scoring.Strategies;

/// <summary>
/// <see cref="WeakestRollup"/> (<c>weakest</c>): the lowest progress among the counting children, and in the
/// explanation the whole share on that child (the first one listed when several tie). Issue 13's mutation target.
/// </summary>
public sealed class WeakestRollupTests
{
    private static readonly WeakestRollup Strategy = new();

    private static RollupChild Child(string id, decimal ratio, decimal weight = 1m) =>
        new(id, OkrItemKind.KeyResult, Progress.FromRatio(ratio), weight);

    private static decimal[] Shares(RollupChild[] children)
    {
        var arguments = new RollupArguments("o", children);
        var shares = new decimal[children.Length];
        for (int i = 0; i < children.Length; i++)
        {
            shares[i] = Strategy.ShareOf(arguments, i);
        }

        return shares;
    }

    [Fact]
    public void Aggregate_NoChildren_IsNotScored()
    {
        var result = Strategy.Aggregate(new RollupArguments("o", ReadOnlySpan<RollupChild>.Empty));

        Assert.Null(result.Progress);
        Assert.Equal("nothing to aggregate", result.Rule);
    }

    [Fact]
    public void Aggregate_TakesTheLowestProgress_WhateverTheWeights()
    {
        var result = Strategy.Aggregate(new RollupArguments("o", [Child("a", 0.9m, 4m), Child("b", 0.3m, 0.5m), Child("c", 0.6m)]));

        Assert.Equal(Progress.FromRatio(0.3m), result.Progress);
        Assert.Equal(WeakestRollup.StrategyName, result.Rule);
    }

    [Theory]
    [InlineData(new[] { 0.2, 0.5, 0.8 }, 0)] // weakest first
    [InlineData(new[] { 0.5, 0.2, 0.8 }, 1)] // in the middle
    [InlineData(new[] { 0.5, 0.8, 0.2 }, 2)] // last
    [InlineData(new[] { 0.9, 0.5, 0.7, 0.6 }, 1)] // a later child that is weaker than the first but not the weakest
    [InlineData(new[] { 0.5, 0.2, 0.2 }, 1)] // a tie: the first of the weakest takes the share
    [InlineData(new[] { 0.4, 0.4 }, 0)] // all equal: the first
    public void ShareOf_TheWeakestChildCarriesTheWholeShare(double[] ratios, int weakest)
    {
        var children = ratios.Select((r, i) => Child("c" + i, (decimal)r)).ToArray();

        var shares = Shares(children);

        for (int i = 0; i < shares.Length; i++)
        {
            Assert.Equal(i == weakest ? 1m : 0m, shares[i]);
        }
    }

    [Fact]
    public void ShareOf_SingleChild_IsOne()
    {
        Assert.Equal([1m], Shares([Child("only", 0.7m)]));
    }

    [Fact]
    public void ShareOf_NegativeProgress_IsTheWeakest()
    {
        Assert.Equal([0m, 1m], Shares([Child("a", 0m), Child("b", -0.25m)]));
    }

    [Fact]
    public void FromOptions_KeepsUnknownOptions_AndRejectsNull()
    {
        var options = StrategyOptions.Empty.With("future", "x");

        Assert.Equal(options, WeakestRollup.FromOptions(options).Options);
        Assert.Throws<ArgumentNullException>(() => WeakestRollup.FromOptions(null!));
    }

    [Fact]
    public void Score_ExplainsTheWeakestKeyResultAsTheWholeShare_AndLeavesOutAZeroWeight()
    {
        var objective = Objective(
            "o",
            KrAt("a", 90m),
            KrAt("b", 30m),
            KrAt("c", 30m),
            KrAt("weightless", 10m) with { Weight = ContributionWeight.Times(0m) }) with { Rollup = new RollupSettings { Strategy = new WeakestRollup() } };
        var plan = Plan(objective);

        var scorecard = Score(plan);

        Assert.Equal(0.3m, scorecard["o"].Ratio());
        Assert.Equal(0.3m, Score(plan.CompileScoring())["o"].Ratio());
        var shares = scorecard.Explain("o").Contributions.ToDictionary(c => c.ChildId, c => c.Share);
        Assert.Equal(0m, shares["a"]);
        Assert.Equal(1m, shares["b"]);
        Assert.Equal(0m, shares["c"]);
        Assert.Equal(0m, shares["weightless"]);
    }

    [Fact]
    public void Score_NoKeyResultScored_IsNotScored()
    {
        var objective = Objective("o", Kr("a", new PercentageKind()), Kr("b", new PercentageKind())) with { Rollup = new RollupSettings { Strategy = new WeakestRollup() } };

        Assert.False(Score(Plan(objective))["o"].Progress.HasValue);
    }
}
