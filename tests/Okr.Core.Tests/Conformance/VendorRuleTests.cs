using Okr.Core.Scoring;
using Okr.Core.Serialization;
using static Okr.Core.Tests.Support.Plans;

namespace Okr.Core.Tests.Conformance;

/// <summary>Vendor rules added after the first conformance vectors, each with its published example where there is one.</summary>
public class VendorRuleTests
{
    // Profit.co, "How does the two progress calculations for the control KPI key result work": keep the customer
    // engagement score between 4 and 5, 13 weekly check-ins planned; week 6 has no check-in.
    private static readonly decimal[] ProfitCoWeeks = [4.8m, 4.2m, 4.5m, 3.5m, 4.25m, 4.5m, 2m, 3m, 4.5m, 4.6m, 5m, 4.5m];

    private static ItemResult ScoreOne(KeyResultKind kind, params decimal[] values) =>
        OkrScorer.Score(new OkrPlan([Objective("o", Kr("kr", kind, values))]), MidQ2)["kr"];

    [Fact]
    public void ProfitCo_ControlKpiBetween_SuccessfulCheckInShare_NineOfThirteen()
    {
        var kind = ControlKpiKind.Between(4m, 5m, plannedCheckIns: 13, ControlKpiMethod.SuccessfulCheckInShare);
        Assert.Equal(9m / 13m, ScoreOne(kind, ProfitCoWeeks).Ratio());

        // After week 5 (four in the band, 3.5 not): 4/13, 31% in the published table.
        Assert.Equal(4m / 13m, ScoreOne(kind, ProfitCoWeeks[..5]).Ratio());
    }

    [Theory]
    [InlineData("4.5", "1")]    // inside
    [InlineData("4", "1")]      // on the lower bound: included
    [InlineData("5", "1")]      // on the upper bound: included
    [InlineData("3", "0.75")]   // below: 3 / 4, the at-least distance against the lower bound
    [InlineData("6", "0.8")]    // above: 1 + (5 - 6) / 5, the at-most distance against the upper bound
    public void ControlKpiBetween_DistanceFromTarget_UsesTheNearerBound(string last, string expected)
    {
        var kind = ControlKpiKind.Between(4m, 5m, plannedCheckIns: 13);
        Assert.Equal(ControlKpiMethod.DistanceFromTarget, kind.Method);
        Assert.Equal(Dec(expected), ScoreOne(kind, 4.5m, Dec(last)).Ratio());
    }

    [Fact]
    public void ControlKpiBetween_AverageAndSum_AreMeasuredAgainstTheBand()
    {
        var average = ControlKpiKind.Between(4m, 5m, plannedCheckIns: 2, ControlKpiMethod.AverageOverTarget);
        Assert.Equal(1m, ScoreOne(average, 3m, 5m).Ratio());      // mean 4: inside
        Assert.Equal(0.8m, ScoreOne(average, 6m, 6m).Ratio());    // mean 6: above 5

        var sum = ControlKpiKind.Between(4m, 5m, plannedCheckIns: 2, ControlKpiMethod.SumOverTargets);
        Assert.Equal(0.75m, ScoreOne(sum, 3m, 3m).Ratio());       // 6 against 8..10
        Assert.Equal(1m, ScoreOne(sum, 4m, 5m).Ratio());          // 9: inside 8..10
    }

    [Fact]
    public void ControlKpiBetween_BoundsAreChecked_AndTheSingleTargetFormulasRefuseABand()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ControlKpiKind.Between(5m, 4m, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ControlKpiKind(ControlKpiDirection.Between, 4m, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProgressFormulas.ControlKpiDistance(ControlKpiDirection.Between, 4m, 4m));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProgressFormulas.IsSuccessfulCheckIn(ControlKpiDirection.Between, 4m, 4m));
        var kind = ControlKpiKind.Between(4m, 5m, 13);
        Assert.Equal((4m, 5m, 4m, ControlKpiDirection.Between), (kind.Lower, kind.Upper, kind.Target, kind.Direction));
        Assert.Null(new ControlKpiKind(ControlKpiDirection.AtLeast, 5m, 13).Upper);
        Assert.NotEqual<KeyResultKind>(kind, ControlKpiKind.Between(4m, 6m, 13));
    }

    [Fact]
    public void ControlKpiBetween_RoundTripsThroughJson_WithLowerAndUpper()
    {
        var plan = new OkrPlan([Objective("o", Kr("kr", ControlKpiKind.Between(4m, 5.5m, 13, ControlKpiMethod.SumOverTargets), 4.2m))]);
        string json = OkrJson.Serialize(plan);
        Assert.Contains("\"direction\":\"between\"", json, StringComparison.Ordinal);
        Assert.Contains("\"lower\":4", json, StringComparison.Ordinal);
        Assert.Contains("\"upper\":5.5", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"target\"", json, StringComparison.Ordinal);
        var copy = OkrJson.Deserialize(json);
        Assert.Equal(plan.FindKeyResult("kr")!.Kind, copy.FindKeyResult("kr")!.Kind);
    }

    [Fact]
    public void ControlKpiBetween_JsonWithoutABound_IsRefused()
    {
        string json = OkrJson.Serialize(new OkrPlan([Objective("o", Kr("kr", ControlKpiKind.Between(4m, 5m, 13), 4.2m))]))
            .Replace(",\"upper\":5", "", StringComparison.Ordinal);
        var e = Assert.Throws<OkrJsonException>(() => OkrJson.Deserialize(json));
        Assert.Contains("upper", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("increase", "2", "1")]
    [InlineData("increase", "1.9", "0")]
    [InlineData("decrease", "1.5", "1")]
    [InlineData("decrease", "2.1", "0")]
    public void StartEqualsTarget_FromTheFactories_MetWhenAtOrBeyondTarget(string direction, string current, string expected)
    {
        var rule = StartEqualsTargetRule.MetWhenAtOrBeyondTarget;
        var kind = direction == "increase"
            ? KeyResultKind.Increase(2m, 2m, whenStartEqualsTarget: rule)
            : KeyResultKind.Decrease(2m, 2m, whenStartEqualsTarget: rule);
        Assert.Equal(rule, kind.WhenStartEqualsTarget);
        Assert.Equal(Dec(expected), ScoreOne(kind, Dec(current)).Ratio());
    }

    [Fact]
    public void StartEqualsTarget_DefaultStaysNotScored_AndReachOfZeroCanBeMet()
    {
        Assert.False(ScoreOne(KeyResultKind.Increase(2m, 2m), 2m).IsScored);
        Assert.False(ScoreOne(KeyResultKind.Reach(0m), 0m).IsScored);
        var reachZero = KeyResultKind.Reach(0m, whenStartEqualsTarget: StartEqualsTargetRule.MetWhenAtOrBeyondTarget);
        Assert.Equal(1m, ScoreOne(reachZero, 0m).Ratio());
        Assert.Throws<ArgumentOutOfRangeException>(() => KeyResultKind.Increase(1m, 1m, whenStartEqualsTarget: (StartEqualsTargetRule)7));
    }

    // Mooncamp, "Traffic lights system and status of goals": with 90% needed to be on track, a goal at 50% is on
    // track in the middle of the cycle and off track at its end.
    [Theory]
    [InlineData(50, "2026-05-15", OkrStatus.OnTrack)]   // mid-cycle: pace (expected about 49%)
    [InlineData(50, "2026-06-30", OkrStatus.AtRisk)]    // end of the cycle: below 90%, off track
    [InlineData(95, "2026-06-30", OkrStatus.OnTrack)]   // end of the cycle: from 90%, on track (pace would say behind)
    [InlineData(100, "2026-07-10", OkrStatus.Achieved)] // the target reached is achieved, as always
    public void Mooncamp_EndOfPeriodStatus_OnTrackNeedsNinetyPercent(int percent, string asOf, OkrStatus expected)
    {
        var scoring = new ScoringConfiguration { KeyResultStatus = new PaceStatusStrategy().WithEndOfPeriod(0.9m) };
        var plan = new OkrPlan([Objective("o", KrAt("kr", percent))], scoring);
        var day = DateOnly.Parse(asOf, CultureInfo.InvariantCulture);

        // Before compiling, scoring reads the records; after CompileScoring, the compiled tables: the same rule on both paths.
        Assert.False(plan.IsCompiledForScoring);
        Assert.Equal(expected, OkrScorer.Score(plan, day)["kr"].Status);
        Assert.True(plan.CompileScoring().IsCompiledForScoring);
        Assert.Equal(expected, OkrScorer.Score(plan, day)["kr"].Status);
    }

    [Fact]
    public void EndOfPeriodStatus_DefaultIsPaceToTheEnd_AndTheOptionRoundTrips()
    {
        var plan = new OkrPlan([Objective("o", KrAt("kr", 95m))]);
        Assert.Equal(OkrStatus.Behind, OkrScorer.Score(plan, new DateOnly(2026, 6, 30))["kr"].Status);

        var strategy = PaceStatusStrategy.Ratio(0.5m, 0.8m).WithEndOfPeriod(0.7m);
        Assert.Equal("0.7", strategy.Options.GetNullableDecimal("endOfPeriodOnTrackFrom")!.Value.ToString(CultureInfo.InvariantCulture));
        var copy = PaceStatusStrategy.FromOptions(strategy.Options);
        Assert.Equal((0.7m, PaceMode.Ratio, 0.8m), (copy.EndOfPeriodOnTrackFrom, copy.Mode, copy.OnTrackFrom));
        Assert.Null(strategy.WithEndOfPeriod(null).EndOfPeriodOnTrackFrom);
        Assert.False(strategy.WithEndOfPeriod(null).Options.TryGetValue("endOfPeriodOnTrackFrom", out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => strategy.WithEndOfPeriod(1.5m));

        var json = OkrJson.Serialize(new OkrPlan([Objective("o", KrAt("kr", 95m))], new ScoringConfiguration { KeyResultStatus = strategy }));
        var read = (PaceStatusStrategy)OkrJson.Deserialize(json).Scoring.KeyResultStatus;
        Assert.Equal(0.7m, read.EndOfPeriodOnTrackFrom);
    }

    [Fact]
    public void ExpectedValue_IsTheExpectedProgressOnTheKeyResultsScale()
    {
        // Q2 2026 is 91 days; as of the end of 30 April, 30 days have passed: expected 30/91 of the way.
        var asOf = new DateOnly(2026, 4, 30);
        var plan = new OkrPlan(
        [
            Objective(
                "o",
                Kr("reach", KeyResultKind.Reach(31m), 8m),
                Kr("costs", KeyResultKind.Decrease(100m, 65m), 90m),
                KrAt("pct", 20m),
                Kr("band", ControlKpiKind.Between(4m, 5m, 13), 4.5m)) with { Scale = new MeasureScale(30m, 60m) },
        ]);
        var scorecard = OkrScorer.Score(plan, asOf);
        decimal e = scorecard["reach"].ExpectedProgress!.Value.Ratio;
        Assert.Equal(30m / 91m, e);
        Assert.Equal(e * 31m, scorecard["reach"].ExpectedValue);
        Assert.Equal(100m + (e * -35m), scorecard["costs"].ExpectedValue);
        Assert.Equal(e * 100m, scorecard["pct"].ExpectedValue);
        Assert.Null(scorecard["band"].ExpectedValue);
        Assert.Equal(30m + (scorecard["o"].ExpectedProgress!.Value.Ratio * 30m), scorecard["o"].ExpectedValue);

        // "expected 10 of 31 by today": about a third of the way.
        Assert.Equal(10m, Math.Round(scorecard["reach"].ExpectedValue!.Value));
        string json = OkrJson.Serialize(scorecard);
        Assert.Contains("\"expectedValue\":" + scorecard["reach"].ExpectedValue!.Value.ToString(CultureInfo.InvariantCulture), json, StringComparison.Ordinal);
        Assert.Contains("\"expectedValue\":null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Needed_ControlKpiBetween_IsNotSolvedAsAnAtMostTarget()
    {
        // Before: a band's Target is its lower bound and Needed searched it as "at most 4".
        var plan = new OkrPlan([Objective("o", Kr("band", ControlKpiKind.Between(4m, 5m, 13), 3m))]);
        var needed = Assert.Single(OkrTargets.Needed(OkrScorer.Score(plan, MidQ2), "o", Progress.Complete));
        Assert.Equal(NeededOutcome.NotApplicable, needed.Outcome);
        Assert.Null(needed.Value);
        Assert.Contains("between 4 and 5", needed.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void WeightByTargetSize_AppliesToChildObjectivesOnTheirScale()
    {
        // Two aligned objectives: a small one (0 to 10 sign-ups) done, a large one (0 to 30) not started.
        var small = Objective("small", KrAt("kr-small", 100m)) with { Alignment = Alignment.ToObjective("parent"), Scale = new MeasureScale(0m, 10m) };
        var large = Objective("large", KrAt("kr-large", 0m)) with { Alignment = Alignment.ToObjective("parent"), Scale = new MeasureScale(0m, 30m) };
        var parent = Objective("parent");
        Assert.Equal(0.5m, OkrScorer.Score(new OkrPlan([parent, small, large]), MidQ2)["parent"].Ratio());

        var bySize = new OkrPlan([parent with { Rollup = new RollupSettings { WeightByTargetSize = true } }, small, large]);
        Assert.Equal(0.25m, OkrScorer.Score(bySize, MidQ2)["parent"].Ratio()); // 10 / (10 + 30)
        Assert.Equal(0.25m, OkrScorer.Score(bySize.CompileScoring(), MidQ2)["parent"].Ratio());
        var explanation = OkrScorer.Score(bySize, MidQ2).Explain("parent");
        Assert.Equal([10m, 30m], explanation.Contributions.Where(c => c.Counts).Select(c => c.Weight));

        // A child objective without a scale keeps its multiplier; a fixed share keeps its share.
        var noScale = new OkrPlan([parent with { Rollup = new RollupSettings { WeightByTargetSize = true } }, small, large with { Scale = null }]);
        Assert.Equal(10m / 11m, OkrScorer.Score(noScale, MidQ2)["parent"].Ratio());
        var share = new OkrPlan([parent with { Rollup = new RollupSettings { WeightByTargetSize = true } }, small with { Weight = ContributionWeight.FixedShare(50m) }, large]);
        Assert.Equal(0.5m, OkrScorer.Score(share, MidQ2)["parent"].Ratio());
    }

    private static decimal Dec(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
