using Okr.Core.Scoring;
using Okr.Core.Serialization;
using static Okr.Core.Tests.Support.Plans;

namespace Okr.Core.Tests.Scoring;

/// <summary><see cref="NotScoredChildRule"/>: a child without a check-in left out (the default) or counted as 0, in an
/// objective's roll-up (records and compiled paths) and in a cascaded sum.</summary>
public class NotScoredChildrenTests
{
    private static readonly RollupSettings CountAsZero = new() { NotScoredChildren = NotScoredChildRule.CountAsZero };

    private static OkrPlan TwoKeyResults(RollupSettings? rollup) =>
        new([Objective("o", KrAt("done-half", 50m), Kr("no-check-in", new PercentageKind())) with { Rollup = rollup }]);

    [Fact]
    public void Objective_DefaultLeavesTheNotScoredKeyResultOut()
    {
        var scorecard = Score(TwoKeyResults(null));
        Assert.Equal(0.5m, scorecard["o"].Ratio());
        var skipped = scorecard.Explain("o").Contributions.Single(c => c.ChildId == "no-check-in");
        Assert.False(skipped.Counts);
        Assert.Equal("not scored", skipped.Note);
    }

    [Fact]
    public void Objective_CountAsZero_CountsTheKeyResultWithoutCheckInAtZero_OnBothPaths()
    {
        var plan = TwoKeyResults(CountAsZero);
        Assert.Equal(0.25m, Score(plan)["o"].Ratio());
        Assert.Equal(0.25m, Score(plan.CompileScoring())["o"].Ratio());

        var explanation = Score(plan).Explain("o");
        var zero = explanation.Contributions.Single(c => c.ChildId == "no-check-in");
        Assert.True(zero.Counts);
        Assert.Null(zero.Progress);
        Assert.Equal(Progress.Zero, zero.CountedProgress);
        Assert.Equal(0.5m, zero.Share);
        Assert.Equal("not scored: counted as 0", zero.Note);
        Assert.EndsWith("not scored, counted as 0: no-check-in", explanation.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Objective_CountAsZero_AppliesToAlignedObjectivesAndKeepsOtherExclusions()
    {
        // An aligned objective with nothing scored counts as 0; an opted-out or zero-weight key result stays out.
        var parent = Objective(
            "parent",
            KrAt("kr", 80m),
            Kr("opted-out", new PercentageKind()) with { Contributes = false },
            Kr("weightless", new PercentageKind()) with { Weight = ContributionWeight.Times(0m) }) with { Rollup = CountAsZero };
        var child = Objective("child", Kr("child-kr", new PercentageKind())) with { Alignment = Alignment.ToObjective("parent") };
        var plan = new OkrPlan([parent, child]);

        var scorecard = Score(plan);
        Assert.False(scorecard["child"].Progress.HasValue);
        Assert.Equal(0.4m, scorecard["parent"].Ratio());
        Assert.Equal(0.4m, Score(plan.CompileScoring())["parent"].Ratio());
        var notes = scorecard.Explain("parent").Contributions.ToDictionary(c => c.ChildId, c => c.Note);
        Assert.Equal("opted out", notes["opted-out"]);
        Assert.Equal("weight 0", notes["weightless"]);
        Assert.Equal("not scored: counted as 0", notes["child"]);
    }

    [Fact]
    public void Objective_CountAsZero_NothingCheckedInYet_IsZeroNotNotScored()
    {
        var none = new OkrPlan([Objective("o", Kr("a", new PercentageKind()), Kr("b", new PercentageKind()))]);
        Assert.False(Score(none)["o"].Progress.HasValue);

        var zero = new OkrPlan([none.Objectives[0] with { Rollup = CountAsZero }]);
        Assert.Equal(0m, Score(zero)["o"].Ratio());
        Assert.Equal(Score(zero)["o"].Status, Score(zero.CompileScoring())["o"].Status);
    }

    [Fact]
    public void Objective_CountAsZero_IsFlooredLikeAnyCountedChild()
    {
        var plan = TwoKeyResults(CountAsZero with { FloorChildrenAt = 0.1m });
        Assert.Equal(0.3m, Score(plan)["o"].Ratio()); // (0.5 + 0.1) / 2
    }

    private static OkrPlan Cascade(NotScoredChildRule rule, bool firstHasValue) => new(
    [
        Objective("o", Kr("sum", new CascadedSumKind(0m, 100m) { NotScoredChildren = rule })),
        Objective(
            "team",
            (firstHasValue ? Kr("a", KeyResultKind.Reach(50m), 30m) : Kr("a", KeyResultKind.Reach(50m))) with { ParentKeyResultId = "sum" },
            Kr("b", KeyResultKind.Reach(50m)) with { ParentKeyResultId = "sum" }),
    ]);

    [Fact]
    public void CascadedSum_DefaultWithNoChildValue_IsNotScored()
    {
        var result = Score(Cascade(NotScoredChildRule.LeaveOut, firstHasValue: false))["sum"];
        Assert.False(result.Progress.HasValue);
        Assert.Equal(0.3m, Score(Cascade(NotScoredChildRule.LeaveOut, firstHasValue: true))["sum"].Ratio());
    }

    [Fact]
    public void CascadedSum_CountAsZero_ChildrenWithoutValueAddZero_AndAreNamed()
    {
        var plan = Cascade(NotScoredChildRule.CountAsZero, firstHasValue: false);
        var scorecard = Score(plan);
        Assert.Equal(0m, scorecard["sum"].Ratio());
        Assert.Equal(0m, scorecard["sum"].Value);
        Assert.Equal(0m, Score(plan.CompileScoring())["sum"].Ratio());

        var explanation = scorecard.Explain("sum");
        Assert.All(explanation.Contributions, c => Assert.Equal("no value yet: counted as 0", c.Note));
        Assert.EndsWith("no value yet, counted as 0: a, b", explanation.Summary, StringComparison.Ordinal);

        var withValue = Score(Cascade(NotScoredChildRule.CountAsZero, firstHasValue: true));
        Assert.Equal(0.3m, withValue["sum"].Ratio());
        Assert.Equal(["value 30", "no value yet: counted as 0"], withValue.Explain("sum").Contributions.Select(c => c.Note));
    }

    [Fact]
    public void Json_RoundTripsBothSettings_DefaultsAreLeftOut_UnknownValuesAreRefused()
    {
        var plan = new OkrPlan(
        [
            Objective("o", Kr("sum", new CascadedSumKind(0m, 100m) { NotScoredChildren = NotScoredChildRule.CountAsZero })) with { Rollup = CountAsZero },
        ]);
        string json = OkrJson.Serialize(plan);
        Assert.Contains("\"notScoredChildren\":\"countAsZero\"", json, StringComparison.Ordinal);
        var read = OkrJson.Deserialize(json);
        Assert.Equal(NotScoredChildRule.CountAsZero, read.Objectives[0].Rollup!.NotScoredChildren);
        Assert.Equal(NotScoredChildRule.CountAsZero, ((CascadedSumKind)read.Objectives[0].KeyResults[0].Kind).NotScoredChildren);

        Assert.DoesNotContain("notScoredChildren", OkrJson.Serialize(TwoKeyResults(new RollupSettings { WeightByTargetSize = true })), StringComparison.Ordinal);

        var bad = Assert.Throws<OkrJsonException>(() => OkrJson.Deserialize(json.Replace("\"countAsZero\"", "\"zero\"", StringComparison.Ordinal)));
        Assert.Contains("leaveOut, countAsZero", bad.Message, StringComparison.Ordinal);
        Assert.Contains("notScoredChildren", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UndefinedRule_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RollupSettings { NotScoredChildren = (NotScoredChildRule)7 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new CascadedSumKind(0m, 1m) { NotScoredChildren = (NotScoredChildRule)7 });
    }
}
