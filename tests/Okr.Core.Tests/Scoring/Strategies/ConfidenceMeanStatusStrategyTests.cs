using Okr.Core.Scoring;
using static Okr.Core.Tests.Scoring.Strategies.StatusArgs;

namespace Okr.Core.Tests.Scoring.Strategies;

/// <summary>
/// <see cref="ConfidenceMeanStatusStrategy"/> (<c>confidence-mean</c>, Profit.co): each counting child's status stands
/// for a confidence (on track 0.8, behind 0.3, at risk 0.1, achieved and closed 1); the weighted mean is on track from
/// 0.55, behind from 0.2, else at risk; not started and not scored children are left out, and with none left Viva
/// Goals' pace bands decide. Issue 13's mutation target.
/// </summary>
public sealed class ConfidenceMeanStatusStrategyTests
{
    private static readonly ConfidenceMeanStatusStrategy Strategy = new();

    [Theory]
    [InlineData(OkrStatus.OnTrack, OkrStatus.Behind, OkrStatus.OnTrack, "0.55")] // (0.8 + 0.3) / 2, exactly the on-track bound
    [InlineData(OkrStatus.Achieved, OkrStatus.AtRisk, OkrStatus.OnTrack, "0.55")] // (1 + 0.1) / 2
    [InlineData(OkrStatus.Closed, OkrStatus.AtRisk, OkrStatus.OnTrack, "0.55")] // a closed child counts as 1 too
    [InlineData(OkrStatus.Behind, OkrStatus.AtRisk, OkrStatus.Behind, "0.2")] // (0.3 + 0.1) / 2, exactly the behind bound
    [InlineData(OkrStatus.Behind, OkrStatus.Behind, OkrStatus.Behind, "0.3")]
    [InlineData(OkrStatus.AtRisk, OkrStatus.AtRisk, OkrStatus.AtRisk, "0.1")]
    [InlineData(OkrStatus.OnTrack, OkrStatus.NotStarted, OkrStatus.OnTrack, "0.8")] // not started: left out
    [InlineData(OkrStatus.AtRisk, OkrStatus.NotScored, OkrStatus.AtRisk, "0.1")] // not scored: left out
    public void Evaluate_MeanOfTheChildrensConfidences_AgainstTheBands(OkrStatus a, OkrStatus b, OkrStatus expected, string mean)
    {
        var result = Strategy.Evaluate(Objective([Child("a", a), Child("b", b)]));

        Assert.Equal(expected, result.Status);
        Assert.Equal($"mean status confidence {mean} (on track from 0.55, behind from 0.2)", result.Rule);
        Assert.Equal(expected, Strategy.EvaluateStatus(Objective([Child("a", a), Child("b", b)])));
    }

    [Fact]
    public void Evaluate_JustBelowEachBound_IsTheNextBand()
    {
        // 0.8 x 1 + 0.3 x 1.0001: the mean is a little below 0.55; 0.3 x 1 + 0.1 x 1.0001: a little below 0.2.
        Assert.Equal(OkrStatus.Behind, Strategy.Evaluate(Objective([Child("a", OkrStatus.OnTrack), Child("b", OkrStatus.Behind, 1.0001m)])).Status);
        Assert.Equal(OkrStatus.AtRisk, Strategy.Evaluate(Objective([Child("a", OkrStatus.Behind), Child("b", OkrStatus.AtRisk, 1.0001m)])).Status);
    }

    [Fact]
    public void Evaluate_WeighsTheChildren()
    {
        // (3 x 0.1 + 1 x 0.8) / 4 = 0.275 is behind and (1 x 0.1 + 3 x 0.8) / 4 = 0.625 on track; the plain mean is 0.45 for both.
        Assert.Equal("mean status confidence 0.275 (on track from 0.55, behind from 0.2)", Strategy.Evaluate(Objective([Child("a", OkrStatus.AtRisk, 3m), Child("b", OkrStatus.OnTrack)])).Rule);
        Assert.Equal(OkrStatus.OnTrack, Strategy.Evaluate(Objective([Child("a", OkrStatus.AtRisk), Child("b", OkrStatus.OnTrack, 3m)])).Status);
    }

    [Theory]
    [InlineData(0)] // no children
    [InlineData(1)] // only not started and not scored children
    [InlineData(2)] // only children of weight 0
    public void Evaluate_NoCountingChild_FallsBackToVivaGoalsPace(int variant)
    {
        StatusChild[] children = variant switch
        {
            0 => [],
            1 => [Child("a", OkrStatus.NotStarted), Child("b", OkrStatus.NotScored)],
            _ => [Child("a", OkrStatus.AtRisk, 0m), Child("b", OkrStatus.OnTrack, 0m)],
        };

        // 30% against 70% expected: 40 points, at risk by pace.
        var result = Strategy.Evaluate(Objective(children, progress: 0.3m, expected: 0.7m));

        Assert.Equal(OkrStatus.AtRisk, result.Status);
        Assert.StartsWith("pace: ", result.Rule, StringComparison.Ordinal);
        Assert.Equal(OkrStatus.Behind, Strategy.EvaluateStatus(Objective(children, progress: 0.6m, expected: 0.7m)));
    }

    [Fact]
    public void Constructor_CustomConfidencesAndBands_AreUsed()
    {
        var strategy = new ConfidenceMeanStatusStrategy(onTrack: 0.9m, behind: 0.5m, atRisk: 0.2m, onTrackFrom: 0.7m, behindFrom: 0.35m);

        Assert.Equal(OkrStatus.OnTrack, strategy.Evaluate(Objective([Child("a", OkrStatus.OnTrack), Child("b", OkrStatus.Behind)])).Status); // 0.7
        Assert.Equal(OkrStatus.Behind, strategy.Evaluate(Objective([Child("a", OkrStatus.Behind), Child("b", OkrStatus.AtRisk)])).Status); // 0.35
        Assert.Equal(OkrStatus.AtRisk, strategy.Evaluate(Objective([Child("a", OkrStatus.AtRisk)])).Status); // 0.2
    }

    [Fact]
    public void Constructor_EqualBounds_AreAllowed_NoBehindBand()
    {
        var strategy = new ConfidenceMeanStatusStrategy(0.8m, 0.3m, 0.1m, onTrackFrom: 0.5m, behindFrom: 0.5m);

        Assert.Equal(0.5m, strategy.BehindFrom);
        Assert.Equal(OkrStatus.AtRisk, strategy.Evaluate(Objective([Child("a", OkrStatus.Behind)])).Status);
        Assert.Equal(OkrStatus.OnTrack, strategy.Evaluate(Objective([Child("a", OkrStatus.OnTrack)])).Status);
    }

    [Fact]
    public void Constructor_BehindBoundAboveOnTrackBound_IsRefusedWithTheReason()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ConfidenceMeanStatusStrategy(0.8m, 0.3m, 0.1m, onTrackFrom: 0.5m, behindFrom: 0.6m));

        Assert.Equal("behindFrom", error.ParamName);
        Assert.Equal(0.6m, error.ActualValue);
        Assert.StartsWith("The behind bound must not be above the on-track bound.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromOptions_ReadsEachOption_AndKeepsThemAsGiven()
    {
        var options = StrategyOptions.Empty
            .With("onTrack", 0.9m).With("behind", 0.4m).With("atRisk", 0.05m).With("onTrackFrom", 0.6m).With("behindFrom", 0.25m).With("future", "x");

        var strategy = ConfidenceMeanStatusStrategy.FromOptions(options);

        Assert.Equal(0.9m, strategy.OnTrack);
        Assert.Equal(0.4m, strategy.Behind);
        Assert.Equal(0.05m, strategy.AtRisk);
        Assert.Equal(0.6m, strategy.OnTrackFrom);
        Assert.Equal(0.25m, strategy.BehindFrom);
        Assert.Equal(options, strategy.Options);
    }

    [Fact]
    public void FromOptions_NoOptions_IsProfitCosDefaults()
    {
        var strategy = ConfidenceMeanStatusStrategy.FromOptions(StrategyOptions.Empty);

        Assert.Equal((0.8m, 0.3m, 0.1m, 0.55m, 0.2m), (strategy.OnTrack, strategy.Behind, strategy.AtRisk, strategy.OnTrackFrom, strategy.BehindFrom));
        Assert.Throws<ArgumentNullException>(() => ConfidenceMeanStatusStrategy.FromOptions(null!));
    }
}
