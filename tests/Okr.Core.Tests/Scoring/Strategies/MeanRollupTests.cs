using Okr.Core.Scoring;

namespace Okr.Core.Tests.Scoring.Strategies;

/// <summary><see cref="MeanRollup"/> (<c>mean</c>) and <see cref="WeightedMeanRollup"/> (<c>weighted-mean</c>): the
/// plain mean ignores multipliers, the weighted mean uses them; with nothing to aggregate both are not scored.</summary>
public sealed class MeanRollupTests
{
    private static RollupChild Child(string id, decimal ratio, decimal weight = 1m) =>
        new(id, OkrItemKind.KeyResult, Progress.FromRatio(ratio), weight);

    [Fact]
    public void Mean_NoChildren_IsNotScored_AndNoChildHasAShare()
    {
        var strategy = new MeanRollup();
        var arguments = new RollupArguments("o", ReadOnlySpan<RollupChild>.Empty);

        var result = strategy.Aggregate(arguments);

        Assert.Null(result.Progress);
        Assert.Equal("nothing to aggregate", result.Rule);
        Assert.Equal(0m, strategy.ShareOf(arguments, 0));
    }

    [Fact]
    public void Mean_IgnoresMultipliers_EachChildAnEqualShare()
    {
        var strategy = new MeanRollup();
        var arguments = new RollupArguments("o", [Child("a", 1m, 4m), Child("b", 0.2m), Child("c", 0.3m, 0.5m)]);

        var result = strategy.Aggregate(arguments);

        Assert.Equal(Progress.FromRatio(0.5m), result.Progress);
        Assert.Equal(MeanRollup.StrategyName, result.Rule);
        Assert.Equal(0.25m, strategy.ShareOf(new RollupArguments("o", [Child("a", 1m, 4m), Child("b", 0.2m), Child("c", 0.3m), Child("d", 0m)]), 0));
    }

    [Fact]
    public void WeightedMean_UsesTheWeights()
    {
        var strategy = new WeightedMeanRollup();
        var arguments = new RollupArguments("o", [Child("a", 1m, 3m), Child("b", 0.2m)]);

        var result = strategy.Aggregate(arguments);

        Assert.Equal(Progress.FromRatio(0.8m), result.Progress); // (3 x 1 + 1 x 0.2) / 4
        Assert.Equal(WeightedMeanRollup.StrategyName, result.Rule);
        Assert.Equal(0.75m, strategy.ShareOf(arguments, 0));
    }

    [Fact]
    public void WeightedMean_NoChildren_OrEveryWeightZero_IsNotScored()
    {
        var strategy = new WeightedMeanRollup();

        var none = strategy.Aggregate(new RollupArguments("o", ReadOnlySpan<RollupChild>.Empty));
        var weightless = strategy.Aggregate(new RollupArguments("o", [Child("a", 0.5m, 0m), Child("b", 1m, 0m)]));

        Assert.Null(none.Progress);
        Assert.Equal("nothing to aggregate", none.Rule);
        Assert.Null(weightless.Progress);
        Assert.Equal("nothing to aggregate", weightless.Rule);
    }

    [Fact]
    public void FromOptions_KeepsUnknownOptions_AndRejectsNull()
    {
        var options = StrategyOptions.Empty.With("future", "x");

        Assert.Equal(options, MeanRollup.FromOptions(options).Options);
        Assert.Equal(options, WeightedMeanRollup.FromOptions(options).Options);
        Assert.Throws<ArgumentNullException>(() => MeanRollup.FromOptions(null!));
        Assert.Throws<ArgumentNullException>(() => WeightedMeanRollup.FromOptions(null!));
    }
}
