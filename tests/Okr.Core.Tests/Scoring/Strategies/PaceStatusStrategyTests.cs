using Okr.Core.Scoring;
using static Okr.Core.Tests.Scoring.Strategies.StatusArgs;

namespace Okr.Core.Tests.Scoring.Strategies;

/// <summary>
/// <see cref="PaceStatusStrategy"/> (<c>pace</c>): its factories' and options' validation, the option names
/// <see cref="PaceStatusStrategy.FromOptions"/> reads, the end-of-period rule's bounds, and range key results (on track
/// only inside the range, with that reason). Issue 13's mutation target.
/// </summary>
public sealed class PaceStatusStrategyTests
{
    private static OkrStatus StatusAt(PaceStatusStrategy strategy, decimal progress, decimal expected) =>
        strategy.Evaluate(Objective([], progress, expected)).Status;

    [Fact]
    public void FromOptions_NoOptions_IsVivaGoalsPoints()
    {
        var strategy = PaceStatusStrategy.FromOptions(StrategyOptions.Empty);

        Assert.Equal(PaceMode.Points, strategy.Mode);
        Assert.Equal(25m, strategy.AtRiskGap);
        Assert.Equal(0m, strategy.BehindGap);
        Assert.Null(strategy.EndOfPeriodOnTrackFrom);
        Assert.Equal(OkrStatus.Behind, StatusAt(strategy, 0.5m, 0.7m)); // 20 points: behind, which no ratio band gives (0.71 < 0.75)
        Assert.Throws<ArgumentNullException>(() => PaceStatusStrategy.FromOptions(null!));
    }

    [Fact]
    public void FromOptions_PointsBands_AreRead()
    {
        var options = StrategyOptions.Empty.With("atRiskGap", 30m).With("behindGap", 5m).With("future", "x");

        var strategy = PaceStatusStrategy.FromOptions(options);

        Assert.Equal(PaceMode.Points, strategy.Mode);
        Assert.Equal(30m, strategy.AtRiskGap);
        Assert.Equal(5m, strategy.BehindGap);
        Assert.Equal(options, strategy.Options);
        Assert.Equal(OkrStatus.Behind, StatusAt(strategy, 0.4m, 0.7m)); // 30 points: not beyond 30
        Assert.Equal(OkrStatus.AtRisk, StatusAt(strategy, 0.39m, 0.7m)); // 31 points
        Assert.Equal(OkrStatus.OnTrack, StatusAt(strategy, 0.65m, 0.7m)); // 5 points: not beyond 5
        Assert.Equal(OkrStatus.Behind, StatusAt(strategy, 0.64m, 0.7m)); // 6 points
        Assert.EndsWith("(at risk beyond 30 points, behind beyond 5)", strategy.Evaluate(Objective([], 0.4m, 0.7m)).Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void FromOptions_RatioBands_AreRead()
    {
        var options = StrategyOptions.Empty.With("mode", "Ratio").With("atRiskBelow", 0.4m).With("onTrackFrom", 0.7m);

        var strategy = PaceStatusStrategy.FromOptions(options);

        Assert.Equal(PaceMode.Ratio, strategy.Mode);
        Assert.Equal(0.4m, strategy.AtRiskBelow);
        Assert.Equal(0.7m, strategy.OnTrackFrom);
        Assert.Equal(OkrStatus.OnTrack, StatusAt(strategy, 0.35m, 0.5m)); // 0.7 of expected
        Assert.Equal(OkrStatus.Behind, StatusAt(strategy, 0.2m, 0.5m)); // 0.4
        Assert.Equal(OkrStatus.AtRisk, StatusAt(strategy, 0.15m, 0.5m)); // 0.3
    }

    [Fact]
    public void FromOptions_EndOfPeriod_IsRead()
    {
        var strategy = PaceStatusStrategy.FromOptions(StrategyOptions.Empty.With("endOfPeriodOnTrackFrom", 0.7m));

        Assert.Equal(0.7m, strategy.EndOfPeriodOnTrackFrom);
        Assert.Equal(OkrStatus.OnTrack, StatusAt(strategy, 0.7m, 1m));
        Assert.Equal(OkrStatus.AtRisk, StatusAt(strategy, 0.69m, 1m));
    }

    [Fact]
    public void Points_EqualBands_AreAllowed_NoBehindBand()
    {
        var strategy = PaceStatusStrategy.Points(atRiskGap: 10m, behindGap: 10m);

        Assert.Equal(OkrStatus.OnTrack, StatusAt(strategy, 0.6m, 0.7m)); // 10 points
        Assert.Equal(OkrStatus.AtRisk, StatusAt(strategy, 0.55m, 0.7m)); // 15 points
    }

    [Fact]
    public void Points_BehindBandBeyondAtRiskBand_IsRefusedWithTheReason()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => PaceStatusStrategy.Points(atRiskGap: 10m, behindGap: 20m));

        Assert.Equal("behindGap", error.ParamName);
        Assert.Equal(20m, error.ActualValue);
        Assert.StartsWith("The behind band must not exceed the at-risk band.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ratio_EqualBounds_AreAllowed_NoBehindBand()
    {
        var strategy = PaceStatusStrategy.Ratio(atRiskBelow: 0.9m, onTrackFrom: 0.9m);

        Assert.Equal(OkrStatus.OnTrack, StatusAt(strategy, 0.45m, 0.5m)); // 0.9
        Assert.Equal(OkrStatus.AtRisk, StatusAt(strategy, 0.44m, 0.5m)); // 0.88
    }

    [Fact]
    public void Ratio_OnTrackBelowAtRisk_IsRefusedWithTheReason()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => PaceStatusStrategy.Ratio(atRiskBelow: 0.9m, onTrackFrom: 0.5m));

        Assert.Equal("onTrackFrom", error.ParamName);
        Assert.Equal(0.5m, error.ActualValue);
        Assert.StartsWith("The on-track bound must not be below the at-risk bound.", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => PaceStatusStrategy.Ratio(atRiskBelow: -0.1m, onTrackFrom: 0.5m));
    }

    [Theory]
    [InlineData(0.0, 0.0, OkrStatus.OnTrack)] // from 0: every finished item is on track
    [InlineData(1.0, 0.99, OkrStatus.AtRisk)] // from 1: only the whole target
    [InlineData(1.0, 1.0, OkrStatus.OnTrack)]
    public void WithEndOfPeriod_BothEndsOfZeroToOne_AreAllowed(double onTrackFrom, double progress, OkrStatus expected)
    {
        var strategy = new PaceStatusStrategy().WithEndOfPeriod((decimal)onTrackFrom);

        var result = strategy.Evaluate(Objective([], (decimal)progress, 1m));

        Assert.Equal(expected, result.Status);
        Assert.StartsWith("end of period: ", result.Rule, StringComparison.Ordinal);
        Assert.Equal(((decimal)onTrackFrom).ToString(CultureInfo.InvariantCulture), strategy.Options.Single(o => o.Key == "endOfPeriodOnTrackFrom").Value);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void WithEndOfPeriod_OutsideZeroToOne_IsRefusedWithTheReason(double onTrackFrom)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new PaceStatusStrategy().WithEndOfPeriod((decimal)onTrackFrom));

        Assert.Equal("onTrackFrom", error.ParamName);
        Assert.StartsWith("The end-of-period on-track progress is a ratio from 0 to 1.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithEndOfPeriod_Null_RemovesTheRuleAndItsOption()
    {
        var strategy = new PaceStatusStrategy().WithEndOfPeriod(0.7m).WithEndOfPeriod(null);

        Assert.Null(strategy.EndOfPeriodOnTrackFrom);
        Assert.DoesNotContain(strategy.Options, o => o.Key == "endOfPeriodOnTrackFrom");
        Assert.Equal(OkrStatus.AtRisk, StatusAt(strategy, 0.6m, 1m)); // pace: 40 points
    }

    [Theory]
    [InlineData(1.0, OkrStatus.OnTrack, "inside the range")]
    [InlineData(0.5, OkrStatus.AtRisk, "outside the range")]
    [InlineData(0.0, OkrStatus.AtRisk, "outside the range")]
    public void Evaluate_RangeKeyResult_OnTrackOnlyInsideTheRange_WithThatReason(double progress, OkrStatus expected, string rule)
    {
        var strategy = new PaceStatusStrategy();
        var range = new RangeKind(10m, 20m);

        // Nothing is expected yet, so pace alone would say on track: at risk can only come from the range rule.
        var result = strategy.Evaluate(KeyResult(range, (decimal)progress, expected: 0m));

        Assert.Equal(expected, result.Status);
        Assert.Equal(rule, result.Rule);
        Assert.Equal(expected, strategy.EvaluateStatus(KeyResult(range, (decimal)progress, expected: 0m)));
    }
}
