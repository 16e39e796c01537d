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

    private static decimal Dec(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
