using Okr.Core.Scoring;
using Okr.Core.Tests.Support;
using static Okr.Core.Tests.Support.Plans;

namespace Okr.Core.Tests.Conformance;

/// <summary>The published numbers of ../shared/conformance.md, one test per vector, named after its id.</summary>
public class ConformanceTests
{
    private static ItemResult ScoreOne(KeyResult keyResult, ScoringConfiguration? scoring = null, DateOnly? asOf = null)
    {
        var plan = new OkrPlan([Objective("o", keyResult)], scoring);
        return OkrScorer.Score(plan, asOf ?? MidQ2)[keyResult.Id];
    }

    [Fact]
    public void C01_LinearIncrease()
    {
        Assert.Equal(0.5m, ProgressFormulas.Linear(30m, 50m, 40m));
        Assert.Equal(0.5m, ScoreOne(Kr("kr", KeyResultKind.Increase(30m, 50m), 40m)).Ratio());
    }

    [Theory]
    [InlineData(80, 0.5)]
    [InlineData(70, 0.75)]
    [InlineData(50, 1.25)]
    public void C02_QuantiveDecreasingNotCapped(int current, double expected)
    {
        var score = ScoreOne(Kr("kr", KeyResultKind.Decrease(100m, 60m), current));
        Assert.Equal((decimal)expected, score.Ratio());
    }

    [Theory]
    [InlineData(27, 0)]
    [InlineData(24, 1)]
    public void C03_StayBelowThreshold(int current, int expected)
    {
        var score = ScoreOne(Kr("kr", new ThresholdKind(ThresholdDirection.StayBelow, 25m), current));
        Assert.Equal(expected, score.Ratio());
    }

    [Theory]
    [InlineData("7.8", 0, OkrStatus.AtRisk)]
    [InlineData("8", 0, OkrStatus.AtRisk)]
    [InlineData("8.1", 1, OkrStatus.OnTrack)]
    public void C04_StayAboveBoundaryFails(string current, int expected, OkrStatus status)
    {
        var kind = new ThresholdKind(ThresholdDirection.StayAbove, 8m, boundary: ThresholdBoundary.OnThresholdFails);
        var score = ScoreOne(Kr("kr", kind, decimal.Parse(current, CultureInfo.InvariantCulture)));
        Assert.Equal(expected, score.Ratio());
        Assert.Equal(status, score.Status);
    }

    [Theory]
    [InlineData(4, 0.8)]
    [InlineData(6, 1.2)]
    public void C05_ControlKpiDistanceFromTarget(int last, double expected)
    {
        var kind = new ControlKpiKind(ControlKpiDirection.AtLeast, 5m, plannedCheckIns: 13, ControlKpiMethod.DistanceFromTarget);
        var score = ScoreOne(Kr("kr", kind, 5m, 3m, last));
        Assert.Equal((decimal)expected, score.Ratio());
    }

    [Fact]
    public void C06_CountOfFeatures()
    {
        var score = ScoreOne(Kr("kr", KeyResultKind.Reach(6m), 3m));
        Assert.Equal(0.5m, score.Ratio());
        Assert.Equal(0.5m, score.Score.Value);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(0, 0)]
    public void C07_Binary(int launched, int expectedScore)
    {
        var score = ScoreOne(Kr("kr", new BinaryKind(), launched));
        Assert.Equal(expectedScore, score.Score.Value);
    }

    [Fact]
    public void C08_ManualScoreOverrideKeepsComputedAndReason()
    {
        var overrideAt = At(new DateOnly(2026, 6, 30));
        var keyResult = Kr("kr", KeyResultKind.Reach(10m), 8m) with
        {
            ScoreOverride = new ScoreOverride(0.3m, "all 8 meetings declined", "ceo", overrideAt),
        };
        var score = ScoreOne(keyResult, asOf: new DateOnly(2026, 6, 30));
        Assert.Equal(0.8m, score.Score.Computed);
        Assert.Equal(0.3m, score.Score.Value);
        Assert.Equal("all 8 meetings declined", score.Score.Override!.Reason);
        Assert.Equal(Grade.Red, score.Score.Grade);
        Assert.Equal(0.8m, score.Ratio());
    }

    [Fact]
    public void C09_ObjectiveIsMeanOfKeyResults()
    {
        var plan = Plan(Objective("o", KrAt("a", 100m), KrAt("b", 0m), KrAt("c", 0m)));
        Assert.Equal(1m / 3m, Score(plan)["o"].Ratio());
        Assert.Equal("33.33%", Score(plan)["o"].Progress.ToString());
    }

    [Fact]
    public void C10_CappingBeforeTheMean()
    {
        var objective = Objective("o", KrAt("a", 0m), KrAt("b", 200m)) with { Rollup = new RollupSettings { CapChildrenAt = 1m } };
        Assert.Equal(0.5m, Score(Plan(objective))["o"].Ratio());
    }

    [Fact]
    public void C11_KeyResultsPlusChildObjective()
    {
        var parent = Objective("parent", KrAt("a", 27m), KrAt("b", 18m));
        var child = Objective("child", KrAt("c", 85m), KrAt("d", 60m)) with { Alignment = Alignment.ToObjective("parent") };
        var scorecard = Score(Plan(parent, child));
        Assert.Equal(0.725m, scorecard["child"].Ratio());
        Assert.Equal((0.27m + 0.18m + 0.725m) / 3m, scorecard["parent"].Ratio());
        Assert.Equal(39.17m, Math.Round(scorecard["parent"].Ratio() * 100m, 2));
    }

    [Fact]
    public void C12_ProjectedOntoObjectiveScale()
    {
        var objective = Objective("o", KrAt("a", 0m), KrAt("b", 25m), KrAt("c", 20m)) with { Scale = new MeasureScale(30m, 60m) };
        var score = Score(Plan(objective))["o"];
        Assert.Equal(0.15m, score.Ratio());
        Assert.Equal(34.5m, score.Value);
    }

    [Fact]
    public void C13_RenormalisedShares()
    {
        var three = new[] { ContributionWeight.FixedShare(50m), ContributionWeight.Default, ContributionWeight.Default };
        var effective = new decimal[3];
        ProgressFormulas.ResolveWeights(three, effective);
        Assert.Equal([0.5m, 0.25m, 0.25m], effective);

        var four = new[] { ContributionWeight.FixedShare(50m), ContributionWeight.Default, ContributionWeight.Default, ContributionWeight.Default };
        var effectiveFour = new decimal[4];
        ProgressFormulas.ResolveWeights(four, effectiveFour);
        Assert.Equal(0.5m, effectiveFour[0]);
        Assert.Equal(0.5m, effectiveFour[1] + effectiveFour[2] + effectiveFour[3], 20);
        Assert.Equal(effectiveFour[1], effectiveFour[3]);

        // Through the engine: KR1 at 100% with a fixed 50% share, KR2 and KR3 at 0%.
        var objective = Objective("o", KrAt("kr1", 100m) with { Weight = ContributionWeight.FixedShare(50m) }, KrAt("kr2", 0m), KrAt("kr3", 0m));
        var scorecard = Score(Plan(objective));
        Assert.Equal(0.5m, scorecard["o"].Ratio());
        var shares = scorecard.Explain("o").Contributions.ToDictionary(c => c.ChildId, c => c.Share);
        Assert.Equal(0.5m, shares["kr1"]);
        Assert.Equal(0.25m, shares["kr2"]);
        Assert.Equal(0.25m, shares["kr3"]);
    }

    [Fact]
    public void C14_CascadedSumOfValues()
    {
        var parent = Objective("company", new KeyResult { Id = "articles", Title = "Write 100 articles", Kind = new CascadedSumKind(0m, 100m) });
        var team = Objective(
            "team",
            Kr("a", KeyResultKind.Reach(40m), 29m) with { ParentKeyResultId = "articles" },
            Kr("b", KeyResultKind.Reach(30m), 30m) with { ParentKeyResultId = "articles" },
            Kr("c", KeyResultKind.Reach(30m), 20m) with { ParentKeyResultId = "articles" }) with { Alignment = Alignment.ToKeyResult("articles") };
        var scorecard = Score(Plan(parent, team));
        Assert.Equal(0.79m, scorecard["articles"].Ratio());
        Assert.Equal(79m, scorecard["articles"].Value);
    }

    [Fact]
    public void C15_CascadeOverAchievement()
    {
        var parent = Objective("p", new KeyResult { Id = "parent", Title = "Parent", Kind = new CascadedSumKind(0m, 3m) });
        var child = Objective("c", Kr("child", KeyResultKind.Increase(0m, 2m), 4m) with { ParentKeyResultId = "parent" });
        var scorecard = Score(Plan(parent, child));
        Assert.Equal(2m, scorecard["child"].Ratio());
        Assert.Equal(4m / 3m, scorecard["parent"].Ratio());
        Assert.Equal("133.33%", scorecard["parent"].Progress.ToString());
    }

    [Fact]
    public void C16_StatusFromPace()
    {
        Assert.Equal(OkrStatus.Behind, ProgressFormulas.PaceByPoints(0.47m, 0.52m, atRiskGap: 25m, behindGap: 0m));

        // Through the engine: a 100-day period, as of day 52, a percentage key result at 47%.
        var period = new Period(new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 10));
        var keyResult = new KeyResult { Id = "kr", Title = "KR", Kind = new PercentageKind(), CheckIns = [CheckIn(47m, new DateOnly(2026, 2, 20))] };
        var objective = new Objective { Id = "o", Title = "O", Period = period, KeyResults = [keyResult] };
        var score = OkrScorer.Score(new OkrPlan([objective]), new DateOnly(2026, 2, 21))["kr"];
        Assert.Equal(0.52m, score.ExpectedProgress!.Value.Ratio);
        Assert.Equal(OkrStatus.Behind, score.Status);
    }

    [Fact]
    public void C17_ExpectedProgress()
    {
        var april = new Period(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30));
        Assert.Equal(30, april.LengthInDays);
        Assert.Equal(0.5m, ProgressFormulas.ExpectedProgress(april, new DateOnly(2026, 4, 15)));
    }

    [Theory]
    [InlineData(15, OkrStatus.AtRisk)]
    [InlineData(50, OkrStatus.OnTrack)]
    [InlineData(20, OkrStatus.Behind)]
    public void C18_RatioBasedPace(int progressPercent, OkrStatus expected)
    {
        Assert.Equal(expected, ProgressFormulas.PaceByRatio(progressPercent / 100m, 0.4m, atRiskBelow: 0.4m, onTrackFrom: 0.7m));

        var period = new Period(new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 10));
        var keyResult = new KeyResult { Id = "kr", Title = "KR", Kind = new PercentageKind(), CheckIns = [CheckIn(progressPercent, new DateOnly(2026, 2, 1))] };
        var objective = new Objective { Id = "o", Title = "O", Period = period, KeyResults = [keyResult] };
        var scoring = ScoringConfiguration.Default with { KeyResultStatus = PaceStatusStrategy.Ratio(atRiskBelow: 0.4m, onTrackFrom: 0.7m) };
        var score = OkrScorer.Score(new OkrPlan([objective], scoring), new DateOnly(2026, 2, 9))["kr"];
        Assert.Equal(0.4m, score.ExpectedProgress!.Value.Ratio);
        Assert.Equal(expected, score.Status);
    }

    [Fact]
    public void C20_MilestonesWithWeights()
    {
        Assert.Equal(0.7m, ProgressFormulas.Milestones([0.2m, 0.3m, 0.2m, 0.3m], reached: 3));
        var kind = new MilestonesKind([new Milestone("a", 0.2m), new Milestone("b", 0.3m), new Milestone("c", 0.2m), new Milestone("d", 0.3m)]);
        Assert.Equal(0.7m, ScoreOne(Kr("kr", kind, 3m)).Ratio());
    }
}
