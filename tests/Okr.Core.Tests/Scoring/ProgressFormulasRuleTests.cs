using Okr.Core.Scoring;

namespace Okr.Core.Tests.Scoring;

/// <summary>
/// The rules of <see cref="ProgressFormulas"/> that mutation testing found untested (issue 13): both ends of ranges,
/// check-in success by direction and on the boundary, the "at most" distance, the ratio-pace bands exactly on their
/// bounds, fixed shares above 100%, milestones with zero weights, linear with start equal to target, the weighted mean
/// and the overflow fallbacks.
/// </summary>
public sealed class ProgressFormulasRuleTests
{
    [Theory]
    [InlineData(10, true)]
    [InlineData(20, true)]
    [InlineData(15, true)]
    [InlineData(9.9999, false)]
    [InlineData(20.0001, false)]
    public void InRange_IncludesBothEnds(decimal value, bool inside) =>
        Assert.Equal(inside, ProgressFormulas.InRange(10m, 20m, value));

    [Theory]
    [InlineData(ControlKpiDirection.AtLeast, 100, true)]
    [InlineData(ControlKpiDirection.AtLeast, 101, true)]
    [InlineData(ControlKpiDirection.AtLeast, 99.99, false)]
    [InlineData(ControlKpiDirection.AtMost, 100, true)]
    [InlineData(ControlKpiDirection.AtMost, 99, true)]
    [InlineData(ControlKpiDirection.AtMost, 100.01, false)]
    public void IsSuccessfulCheckIn_FollowsTheDirectionAndPassesOnTheTarget(ControlKpiDirection direction, decimal value, bool successful) =>
        Assert.Equal(successful, ProgressFormulas.IsSuccessfulCheckIn(direction, 100m, value));

    [Theory]
    [InlineData(ControlKpiDirection.AtLeast, 80, 0.8)]
    [InlineData(ControlKpiDirection.AtLeast, 120, 1.2)]
    [InlineData(ControlKpiDirection.AtMost, 80, 1.2)]
    [InlineData(ControlKpiDirection.AtMost, 120, 0.8)]
    [InlineData(ControlKpiDirection.AtMost, 100, 1)]
    public void ControlKpiDistance_AtMostRewardsStayingBelow(ControlKpiDirection direction, decimal value, decimal expected) =>
        Assert.Equal(expected, ProgressFormulas.ControlKpiDistance(direction, 100m, value));

    [Fact]
    public void ControlKpiDistance_ZeroTargetOrOverflow_IsNotScored()
    {
        Assert.Null(ProgressFormulas.ControlKpiDistance(ControlKpiDirection.AtLeast, 0m, 5m));
        Assert.Null(ProgressFormulas.ControlKpiDistance(ControlKpiDirection.AtLeast, 0.0000001m, decimal.MaxValue));
        Assert.Null(ProgressFormulas.ControlKpiDistance(ControlKpiDirection.AtMost, -0.0000001m, decimal.MaxValue));
    }

    [Theory]
    [InlineData(0.75, OkrStatus.Behind)]
    [InlineData(0.7499, OkrStatus.AtRisk)]
    [InlineData(0.95, OkrStatus.OnTrack)]
    [InlineData(0.9499, OkrStatus.Behind)]
    public void PaceByRatio_BandsAreExactAtTheirBounds(decimal ratio, OkrStatus status) =>
        Assert.Equal(status, ProgressFormulas.PaceByRatio(ratio * 0.4m, 0.4m));

    [Fact]
    public void PaceByRatio_NothingExpectedOrOverflow_HasAFallback()
    {
        Assert.Equal(OkrStatus.OnTrack, ProgressFormulas.PaceByRatio(0m, 0m));
        Assert.Equal(OkrStatus.OnTrack, ProgressFormulas.PaceByRatio(-1m, -0.5m));
        Assert.Equal(OkrStatus.OnTrack, ProgressFormulas.PaceByRatio(decimal.MaxValue, 0.0000001m));
        Assert.Equal(OkrStatus.AtRisk, ProgressFormulas.PaceByRatio(decimal.MinValue, 0.0000001m));
    }

    [Fact]
    public void PaceByPoints_Overflow_FallsBackOnTheSignOfTheGap()
    {
        Assert.Equal(OkrStatus.AtRisk, ProgressFormulas.PaceByPointsExactly(decimal.MinValue, decimal.MaxValue, 25m, 0m));
        Assert.Equal(OkrStatus.OnTrack, ProgressFormulas.PaceByPointsExactly(decimal.MaxValue, decimal.MinValue, 25m, 0m));
    }

    [Fact]
    public void ResolveWeights_FixedSharesAbove100Percent_AreScaledTo100AndLeaveNothingToMultipliers()
    {
        ContributionWeight[] weights = [ContributionWeight.FixedShare(80m), ContributionWeight.FixedShare(70m), ContributionWeight.Times(2m)];
        var effective = new decimal[3];

        ProgressFormulas.ResolveWeights(weights, effective);

        Assert.Equal(80m * (100m / 150m) / 100m, effective[0]);
        Assert.Equal(70m * (100m / 150m) / 100m, effective[1]);
        Assert.Equal(0m, effective[2]);
    }

    [Fact]
    public void ResolveWeights_FixedShareAndMultipliers_SplitTheRemainderByMultiplier()
    {
        ContributionWeight[] weights = [ContributionWeight.FixedShare(40m), ContributionWeight.Times(1m), ContributionWeight.Times(2m)];
        var effective = new decimal[3];

        ProgressFormulas.ResolveWeights(weights, effective);

        Assert.Equal([0.4m, 0.2m, 0.4m], effective.Select(e => decimal.Round(e, 20)));
    }

    [Fact]
    public void ResolveWeights_NoFixedShare_KeepsTheMultipliers()
    {
        ContributionWeight[] weights = [ContributionWeight.Times(0.5m), ContributionWeight.Times(3m)];
        var effective = new decimal[2];

        ProgressFormulas.ResolveWeights(weights, effective);

        Assert.Equal([0.5m, 3m], effective);
        Assert.Throws<ArgumentException>(() => ProgressFormulas.ResolveWeights(weights, new decimal[1]));
    }

    [Fact]
    public void Milestones_ZeroWeights_CountNothingAndAllZeroIsNotScored()
    {
        Assert.Equal(0.5m, ProgressFormulas.Milestones([1m, 0m, 1m], reached: 2));
        Assert.Equal(0.5m, ProgressFormulas.Milestones([1m, 0m, 1m], reached: 1));
        Assert.Null(ProgressFormulas.Milestones([0m, 0m], reached: 1));
        Assert.Null(ProgressFormulas.Milestones([1m, -1m], reached: 1));
        Assert.Equal(1m, ProgressFormulas.Milestones([2m, 2m], reached: 7));
        Assert.Equal(0m, ProgressFormulas.Milestones([2m, 2m], reached: -3));
        Assert.Null(ProgressFormulas.Milestones([decimal.MaxValue, decimal.MaxValue], reached: 1));
    }

    [Fact]
    public void Linear_StartEqualsTarget_FollowsTheRule()
    {
        Assert.Null(ProgressFormulas.Linear(5m, 5m, 5m));
        Assert.Equal(1m, ProgressFormulas.Linear(5m, 5m, 5m, StartEqualsTargetRule.MetWhenAtOrBeyondTarget));
        Assert.Equal(0m, ProgressFormulas.Linear(5m, 5m, 6m, StartEqualsTargetRule.MetWhenAtOrBeyondTarget));
        Assert.Equal(1m, ProgressFormulas.Linear(new LinearKind(LinearDirection.Increase, 5m, 5m, default, StartEqualsTargetRule.MetWhenAtOrBeyondTarget), 6m));
        Assert.Equal(0m, ProgressFormulas.Linear(new LinearKind(LinearDirection.Increase, 5m, 5m, default, StartEqualsTargetRule.MetWhenAtOrBeyondTarget), 4m));
        Assert.Equal(1m, ProgressFormulas.Linear(new LinearKind(LinearDirection.Decrease, 5m, 5m, default, StartEqualsTargetRule.MetWhenAtOrBeyondTarget), 4m));
        Assert.Equal(0m, ProgressFormulas.Linear(new LinearKind(LinearDirection.Decrease, 5m, 5m, default, StartEqualsTargetRule.MetWhenAtOrBeyondTarget), 6m));
        Assert.Null(ProgressFormulas.Linear(decimal.MinValue, decimal.MaxValue, decimal.MaxValue));
    }

    [Fact]
    public void WeightedMean_WeighsSkipsZeroWeightsAndRefusesWhatIsNotAMean()
    {
        Assert.Equal(0.7m, decimal.Round(ProgressFormulas.WeightedMean([0.5m, 0.8m, 123m], [1m, 2m, 0m])!.Value, 20));
        Assert.Null(ProgressFormulas.WeightedMean([0.5m], [1m, 2m]));
        Assert.Null(ProgressFormulas.WeightedMean([0.5m, 0.5m], [1m, -1m]));
        Assert.Null(ProgressFormulas.WeightedMean([0.5m], [0m]));
        Assert.Null(ProgressFormulas.WeightedMean([], []));
        Assert.Null(ProgressFormulas.WeightedMean([decimal.MaxValue, decimal.MaxValue], [2m, 2m]));
    }

    [Fact]
    public void PassesThreshold_BoundaryRuleDecidesOnTheThreshold()
    {
        Assert.True(ProgressFormulas.PassesThreshold(ThresholdDirection.StayAbove, 10m, ThresholdBoundary.OnThresholdPasses, 10m));
        Assert.False(ProgressFormulas.PassesThreshold(ThresholdDirection.StayAbove, 10m, ThresholdBoundary.OnThresholdFails, 10m));
        Assert.True(ProgressFormulas.PassesThreshold(ThresholdDirection.StayBelow, 10m, ThresholdBoundary.OnThresholdFails, 9m));
        Assert.False(ProgressFormulas.PassesThreshold(ThresholdDirection.StayBelow, 10m, ThresholdBoundary.OnThresholdFails, 11m));
        Assert.False(ProgressFormulas.PassesThreshold(ThresholdDirection.StayAbove, 10m, ThresholdBoundary.OnThresholdPasses, 9m));
    }

    // The tests below were added for the survivors of the third Stryker run (notes in tests/README.md, "Mutation testing").

    [Fact]
    public void Linear_NullKind_ThrowsArgumentNullException() =>
        Assert.Equal("kind", Assert.Throws<ArgumentNullException>(() => ProgressFormulas.Linear(null!, 1m)).ParamName);

    [Theory]
    [InlineData(LinearDirection.Increase)]
    [InlineData(LinearDirection.Decrease)]
    public void Linear_StartEqualsTarget_ExactlyOnTheTargetIsMetInEitherDirection(LinearDirection direction) =>
        Assert.Equal(1m, ProgressFormulas.Linear(new LinearKind(direction, 5m, 5m, default, StartEqualsTargetRule.MetWhenAtOrBeyondTarget), 5m));

    [Fact]
    public void SingleTargetFormulas_Between_ThrowNamingTheRule()
    {
        var distance = Assert.Throws<ArgumentOutOfRangeException>(() => ProgressFormulas.ControlKpiDistance(ControlKpiDirection.Between, 5m, 5m));
        var success = Assert.Throws<ArgumentOutOfRangeException>(() => ProgressFormulas.IsSuccessfulCheckIn(ControlKpiDirection.Between, 5m, 5m));

        foreach (var ex in new[] { distance, success })
        {
            Assert.Equal("direction", ex.ParamName);
            Assert.StartsWith("These formulas take one target: at least or at most.", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Milestones_ANegativeWeight_IsNotScoredEvenWhenTheTotalStaysPositive() =>
        Assert.Null(ProgressFormulas.Milestones([2m, -1m], reached: 1));

    [Fact]
    public void Milestones_WeightsSummingToOne_AreTheSharesAsWritten()
    {
        // With weights that already sum to 1 the reached weights are the progress: no division, so 0.50 stays 0.50
        // (decimal division by 1.00 would give 0.5).
        var progress = ProgressFormulas.Milestones([0.50m, 0.50m], reached: 1);

        Assert.Equal(0.5m, progress);
        Assert.Equal("0.50", progress!.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void WeightedMean_ANegativeWeight_IsNotScoredEvenWhenTheTotalStaysPositive() =>
        Assert.Null(ProgressFormulas.WeightedMean([1m, 0.5m], [2m, -1m]));

    [Fact]
    public void WeightedMean_AZeroWeight_DoesNotChangeTheResultsScale()
    {
        // 0 x 0.123456 is 0.000000: added to the sum it would turn 0.5 into 0.500000.
        var mean = ProgressFormulas.WeightedMean([0.5m, 0.123456m], [1m, 0m]);

        Assert.Equal("0.5", mean!.Value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Gaps exactly on a band, with values that binary floating point cannot hold exactly: "more than the band" is false,
    /// so the status is the next band's, as the decimal rule (<see cref="ProgressFormulas.PaceByPointsExactly"/>) says.
    /// The floating-point pre-check must leave each of these close calls to the decimal rule.
    /// </summary>
    [Theory]
    [InlineData("0.35", "0.45", "25", "10", OkrStatus.OnTrack)] // gap 10 = behind band
    [InlineData("10000000000.0137", "10000000000.2674", "25.37", "0", OkrStatus.Behind)] // gap 25.37 = at-risk band, large values
    [InlineData("10000000000.3", "0", "0", "-1000000000030", OkrStatus.OnTrack)] // gap -1000000000030 = behind band
    [InlineData("0", "10000000000.7", "1000000000070", "0", OkrStatus.Behind)] // gap 1000000000070 = at-risk band
    public void PaceByPoints_GapExactlyOnABand_IsDecidedByTheDecimalRule(string actual, string expected, string atRiskGap, string behindGap, OkrStatus status)
    {
        decimal a = decimal.Parse(actual, CultureInfo.InvariantCulture);
        decimal e = decimal.Parse(expected, CultureInfo.InvariantCulture);
        decimal risk = decimal.Parse(atRiskGap, CultureInfo.InvariantCulture);
        decimal behind = decimal.Parse(behindGap, CultureInfo.InvariantCulture);
        Assert.True((e - a) * 100m == risk || (e - a) * 100m == behind, "the case must put the gap exactly on a band");

        Assert.Equal(status, ProgressFormulas.PaceByPointsExactly(a, e, risk, behind));
        Assert.Equal(status, ProgressFormulas.PaceByPoints(a, e, risk, behind));
    }

    [Fact]
    public void ResolveWeights_ShortDestination_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => ProgressFormulas.ResolveWeights([ContributionWeight.Times(1m)], Span<decimal>.Empty));

        Assert.Equal("effective", ex.ParamName);
        Assert.StartsWith("The destination must have room for one weight per sibling.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveWeights_HugeMultipliersBesideAFixedShare_SplitTheRemainderWithoutOverflow()
    {
        ContributionWeight[] weights = [ContributionWeight.FixedShare(40m), ContributionWeight.Times(decimal.MaxValue), ContributionWeight.Times(decimal.MaxValue)];
        var effective = new decimal[3];

        ProgressFormulas.ResolveWeights(weights, effective);

        Assert.Equal([0.4m, 0.3m, 0.3m], effective.Select(e => decimal.Round(e, 20)));
    }

    [Fact]
    public void ResolveWeights_OnlyZeroMultipliersBesideAFixedShare_GetNothing()
    {
        ContributionWeight[] weights = [ContributionWeight.FixedShare(50m), ContributionWeight.Times(0m)];
        var effective = new decimal[2];

        ProgressFormulas.ResolveWeights(weights, effective);

        Assert.Equal([0.5m, 0m], effective);
    }
}
