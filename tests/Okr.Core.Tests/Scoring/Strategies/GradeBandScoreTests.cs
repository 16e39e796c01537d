using Okr.Core.Scoring;

namespace Okr.Core.Tests.Scoring.Strategies;

/// <summary>
/// <see cref="GradeBandScore"/> (<c>grade-bands</c>, Google): the score is the progress clamped to 0..1, red below 0.4,
/// yellow below 0.7, green from there; committed objectives are expected to reach 1.0, aspirational ones 0.7.
/// Issue 13's mutation target.
/// </summary>
public sealed class GradeBandScoreTests
{
    private static readonly GradeBandScore Strategy = new();

    private static ScoreResult Evaluate(GradeBandScore strategy, decimal? ratio, ObjectiveType type = ObjectiveType.Committed) =>
        strategy.Evaluate(new ScoreArguments("o", OkrItemKind.Objective, ratio is { } r ? Progress.FromRatio(r) : null, type));

    [Theory]
    [InlineData(0.0, Grade.Red)]
    [InlineData(0.3999, Grade.Red)]
    [InlineData(0.4, Grade.Yellow)]
    [InlineData(0.6999, Grade.Yellow)]
    [InlineData(0.7, Grade.Green)]
    [InlineData(1.0, Grade.Green)]
    public void GradeOf_GooglesBands(double score, Grade expected) => Assert.Equal(expected, Strategy.GradeOf((decimal)score));

    [Theory]
    [InlineData(1.3, 1.0)]
    [InlineData(-0.2, 0.0)]
    [InlineData(0.55, 0.55)]
    public void Evaluate_ScoreIsTheClampedProgress(double progress, double score)
    {
        var result = Evaluate(Strategy, (decimal)progress);

        Assert.Equal((decimal)score, result.Value);
        Assert.Equal(Strategy.GradeOf((decimal)score), result.Grade);
    }

    [Fact]
    public void Evaluate_ExpectationFollowsTheObjectiveType()
    {
        Assert.Equal(1.0m, Evaluate(Strategy, 0.7m, ObjectiveType.Committed).Expected);
        Assert.Equal(0.7m, Evaluate(Strategy, 0.7m, ObjectiveType.Aspirational).Expected);
        Assert.True(Evaluate(Strategy, 0.7m, ObjectiveType.Aspirational).MeetsExpectation);
        Assert.False(Evaluate(Strategy, 0.7m, ObjectiveType.Committed).MeetsExpectation);
    }

    [Fact]
    public void Evaluate_NotScoredProgress_HasNoScoreAndNoGrade_ButAnExpectation()
    {
        var result = Evaluate(Strategy, null, ObjectiveType.Aspirational);

        Assert.Null(result.Value);
        Assert.Equal(Grade.None, result.Grade);
        Assert.Equal(0.7m, result.Expected);
    }

    [Fact]
    public void Constructor_GreenBelowYellow_IsRefusedWithTheReason()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new GradeBandScore(yellowFrom: 0.6m, greenFrom: 0.5m, 1m, 0.7m));

        Assert.Equal("greenFrom", error.ParamName);
        Assert.Equal(0.5m, error.ActualValue);
        Assert.StartsWith("The green band must not start below the yellow band.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_EqualBands_NoYellow()
    {
        var strategy = new GradeBandScore(0.5m, 0.5m, 1m, 0.7m);

        Assert.Equal(Grade.Red, strategy.GradeOf(0.49m));
        Assert.Equal(Grade.Green, strategy.GradeOf(0.5m));
    }

    [Fact]
    public void FromOptions_ReadsEachOption_AndKeepsThemAsGiven()
    {
        var options = StrategyOptions.Empty
            .With("yellowFrom", 0.3m).With("greenFrom", 0.6m).With("committedExpectation", 0.9m).With("aspirationalExpectation", 0.5m).With("future", "x");

        var strategy = GradeBandScore.FromOptions(options);

        Assert.Equal(0.3m, strategy.YellowFrom);
        Assert.Equal(0.6m, strategy.GreenFrom);
        Assert.Equal(0.9m, strategy.CommittedExpectation);
        Assert.Equal(0.5m, strategy.AspirationalExpectation);
        Assert.Equal(options, strategy.Options);
        Assert.Equal(0.9m, Evaluate(strategy, 0.2m, ObjectiveType.Committed).Expected);
        Assert.Equal(0.5m, Evaluate(strategy, 0.2m, ObjectiveType.Aspirational).Expected);
    }

    [Fact]
    public void FromOptions_NoOptions_IsGooglesDefaults()
    {
        var strategy = GradeBandScore.FromOptions(StrategyOptions.Empty);

        Assert.Equal((0.4m, 0.7m, 1.0m, 0.7m), (strategy.YellowFrom, strategy.GreenFrom, strategy.CommittedExpectation, strategy.AspirationalExpectation));
        Assert.Throws<ArgumentNullException>(() => GradeBandScore.FromOptions(null!));
    }
}
