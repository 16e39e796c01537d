using Okr.Core.Scoring;
using Okr.Core.Tests.Support;
using static Okr.Core.Tests.Support.Plans;

namespace Okr.Core.Tests.Scoring;

public class ScoringEngineTests
{
    [Fact]
    public void Score_ObjectiveWithNoKeyResults_IsNotScoredNeverZero()
    {
        var score = Score(Plan(Objective("empty")))["empty"];
        Assert.Null(score.Progress);
        Assert.Equal(OkrStatus.NotScored, score.Status);
        Assert.Null(score.Score.Value);
        Assert.Equal(Grade.None, score.Score.Grade);
    }

    [Fact]
    public void Score_AllWeightsZero_IsNotScored()
    {
        var objective = Objective("o", KrAt("a", 50m) with { Weight = ContributionWeight.Excluded }, KrAt("b", 80m) with { Weight = ContributionWeight.Times(0m) });
        Assert.Null(Score(Plan(objective))["o"].Progress);
    }

    [Fact]
    public void Score_OnlyBaselineKeyResults_IsNotScoredAndPropagates()
    {
        var child = Objective("child", Kr("base", new BaselineKind(), 42m)) with { Alignment = Alignment.ToObjective("parent") };
        var parent = Objective("parent");
        var scorecard = Score(Plan(parent, child));
        Assert.Null(scorecard["base"].Progress);
        Assert.Equal(42m, scorecard["base"].Value);
        Assert.Null(scorecard["child"].Progress);
        Assert.Null(scorecard["parent"].Progress);
        Assert.Equal(OkrStatus.NotScored, scorecard["parent"].Status);
    }

    [Fact]
    public void Score_NotScoredChild_IsLeftOutOfTheMean()
    {
        var objective = Objective("o", KrAt("a", 60m), new KeyResult { Id = "b", Title = "B", Kind = KeyResultKind.Increase(0m, 10m) });
        var scorecard = Score(Plan(objective));
        Assert.Equal(0.6m, scorecard["o"].Ratio());
        Assert.Equal(OkrStatus.NotStarted, scorecard["b"].Status);
        var b = scorecard.Explain("o").Contributions.Single(c => c.ChildId == "b");
        Assert.False(b.Counts);
        Assert.Equal("not scored", b.Note);
    }

    [Fact]
    public void Score_StartEqualsTarget_IsNotScoredByDefault()
    {
        var score = Score(Plan(Objective("o", Kr("kr", KeyResultKind.Increase(5m, 5m), 5m))))["kr"];
        Assert.Null(score.Progress);
        Assert.Contains("start equals target", Score(Plan(Objective("o", Kr("kr", KeyResultKind.Increase(5m, 5m), 5m)))).Explain("kr").Summary);
    }

    [Theory]
    [InlineData(LinearDirection.Increase, 5, 1)]
    [InlineData(LinearDirection.Increase, 4, 0)]
    [InlineData(LinearDirection.Decrease, 4, 1)]
    [InlineData(LinearDirection.Decrease, 6, 0)]
    public void Score_StartEqualsTargetWithMetRule_IsOneAtOrBeyondTarget(LinearDirection direction, int current, int expected)
    {
        var kind = new LinearKind(direction, 5m, 5m, whenStartEqualsTarget: StartEqualsTargetRule.MetWhenAtOrBeyondTarget);
        Assert.Equal(expected, Score(Plan(Objective("o", Kr("kr", kind, current))))["kr"].Ratio());
    }

    [Fact]
    public void Score_DecreaseMovedTheWrongWay_IsNegativeNotAbs()
    {
        Assert.Equal(-0.25m, Score(Plan(Objective("o", Kr("kr", KeyResultKind.Decrease(100m, 60m), 110m))))["kr"].Ratio());
    }

    [Fact]
    public void Score_AsOfBeforeALaterCheckIn_UsesOnlyCheckInsUpToThatDay()
    {
        var kr = new KeyResult
        {
            Id = "kr",
            Title = "KR",
            Kind = KeyResultKind.Increase(0m, 100m),
            CheckIns = [CheckIn(20m, new DateOnly(2026, 4, 10)), CheckIn(60m, new DateOnly(2026, 5, 20)), CheckIn(40m, new DateOnly(2026, 5, 1))],
        };
        var plan = Plan(Objective("o", kr));
        Assert.Equal(0.4m, Score(plan, new DateOnly(2026, 5, 15))["kr"].Ratio());
        Assert.Equal(0.6m, Score(plan, new DateOnly(2026, 5, 20))["kr"].Ratio());
        Assert.Equal(0.2m, Score(plan, new DateOnly(2026, 4, 30))["kr"].Ratio());
        Assert.Null(Score(plan, new DateOnly(2026, 4, 9))["kr"].Progress);
    }

    [Fact]
    public void Score_CheckInDayIsReadInItsOwnOffset()
    {
        // 23:30 on 14 May in UTC+10 is 13:30 UTC on 14 May; 00:30 on 16 May in UTC+10 is still 15 May in UTC.
        var kr = new KeyResult
        {
            Id = "kr",
            Title = "KR",
            Kind = KeyResultKind.Increase(0m, 100m),
            CheckIns = [new CheckIn(new DateTimeOffset(2026, 5, 16, 0, 30, 0, TimeSpan.FromHours(10)), 70m)],
        };
        Assert.Null(Score(Plan(Objective("o", kr)), new DateOnly(2026, 5, 15))["kr"].Progress);
        Assert.Equal(0.7m, Score(Plan(Objective("o", kr)), new DateOnly(2026, 5, 16))["kr"].Ratio());
    }

    [Fact]
    public void Score_OneOffOverride_IsReplacedByALaterCheckIn()
    {
        var manual = new ProgressOverride(Progress.FromPercent(90m), OverrideMode.OneOff, "board decision", "ana", At(new DateOnly(2026, 5, 1)));
        var kr = Kr("kr", KeyResultKind.Increase(0m, 100m), 10m) with { ProgressOverride = manual };
        var plan = Plan(Objective("o", kr));
        Assert.Equal(0.9m, Score(plan)["kr"].Ratio());
        Assert.True(Score(plan)["kr"].IsProgressOverridden);

        var later = plan.AddCheckIn("kr", CheckIn(30m, new DateOnly(2026, 5, 10)));
        Assert.Equal(0.3m, Score(later)["kr"].Ratio());
        Assert.False(Score(later)["kr"].IsProgressOverridden);
    }

    [Fact]
    public void Score_StickyOverride_SurvivesLaterCheckInsAndExplainsItself()
    {
        var manual = new ProgressOverride(Progress.FromPercent(90m), OverrideMode.Sticky, "board decision", "ana", At(new DateOnly(2026, 5, 1)));
        var objective = Objective("o", KrAt("kr", 10m)) with { ProgressOverride = manual };
        var plan = Plan(objective).AddCheckIn("kr", CheckIn(30m, new DateOnly(2026, 5, 10)));
        var scorecard = Score(plan);
        Assert.Equal(0.9m, scorecard["o"].Ratio());
        var explanation = scorecard.Explain("o");
        Assert.Equal(0.3m, explanation.ComputedProgress!.Value.Ratio);
        Assert.Same(manual, explanation.ProgressOverride);
        Assert.Contains("board decision", explanation.ToString());
    }

    [Fact]
    public void Score_OverrideMadeAfterAsOf_DoesNotApply()
    {
        var manual = new ProgressOverride(Progress.FromPercent(90m), OverrideMode.Sticky, "later", "ana", At(new DateOnly(2026, 6, 1)));
        var plan = Plan(Objective("o", KrAt("kr", 10m)) with { ProgressOverride = manual });
        Assert.Equal(0.1m, Score(plan)["o"].Ratio());
    }

    [Fact]
    public void Score_ChildObjectivesExcludedBySettings_AreNotCounted()
    {
        var parent = Objective("parent", KrAt("a", 20m)) with { Rollup = new RollupSettings { IncludeChildObjectives = false } };
        var child = Objective("child", KrAt("b", 100m)) with { Alignment = Alignment.ToObjective("parent") };
        var scorecard = Score(Plan(parent, child));
        Assert.Equal(0.2m, scorecard["parent"].Ratio());
        Assert.Equal("excluded by the roll-up settings", scorecard.Explain("parent").Contributions.Single(c => c.ChildId == "child").Note);
    }

    [Fact]
    public void Score_ChildObjectiveOptedOut_IsNotCounted()
    {
        var parent = Objective("parent", KrAt("a", 20m));
        var child = Objective("child", KrAt("b", 100m)) with { Alignment = Alignment.ToObjective("parent"), Contributes = false };
        Assert.Equal(0.2m, Score(Plan(parent, child))["parent"].Ratio());
    }

    [Fact]
    public void Score_WeightedMultipliers_Apply()
    {
        var objective = Objective("o", KrAt("a", 100m) with { Weight = ContributionWeight.Times(2m) }, KrAt("b", 40m) with { Weight = ContributionWeight.Times(0.5m) });
        Assert.Equal((2m + 0.2m) / 2.5m, Score(Plan(objective))["o"].Ratio());
    }

    [Fact]
    public void Score_WeightByTargetSize_WeighsByDistance()
    {
        var a = Kr("a", KeyResultKind.Increase(0m, 10m), 10m);
        var b = Kr("b", KeyResultKind.Increase(0m, 30m), 0m);
        var objective = Objective("o", a, b) with { Rollup = new RollupSettings { WeightByTargetSize = true } };
        Assert.Equal(0.25m, Score(Plan(objective))["o"].Ratio());
    }

    [Fact]
    public void Score_WeakestRollup_TakesTheMinimum()
    {
        var objective = Objective("o", KrAt("a", 90m), KrAt("b", 30m)) with { Rollup = new RollupSettings { Strategy = new WeakestRollup() } };
        Assert.Equal(0.3m, Score(Plan(objective))["o"].Ratio());
    }

    [Fact]
    public void Score_InitiativesIncluded_CountBesideKeyResults()
    {
        var items = new[]
        {
            new WorkItem { Id = "t1", Title = "T1", State = WorkItemState.Done },
            new WorkItem { Id = "t2", Title = "T2", State = WorkItemState.InProgress, PercentComplete = 50m },
            new WorkItem { Id = "t3", Title = "T3", State = WorkItemState.Cancelled },
        };
        var kr = KrAt("kr", 0m) with { Initiatives = [new Initiative { Id = "init", Title = "Init", WorkItems = [.. items] }] };
        var excluded = Score(Plan(Objective("o", kr)));
        Assert.Equal(0m, excluded["o"].Ratio());
        Assert.Equal(0.75m, excluded["init"].Ratio());

        var included = Score(Plan(Objective("o", kr) with { Rollup = new RollupSettings { IncludeInitiatives = true } }));
        Assert.Equal(0.375m, included["o"].Ratio());
    }

    [Theory]
    [InlineData(ActivityMethod.DoneShare, null, 0.5)]
    [InlineData(ActivityMethod.EffortWeighted, null, 0.75)]
    [InlineData(ActivityMethod.DoneCount, 4, 0.25)]
    [InlineData(ActivityMethod.MeanCompletion, null, 0.6)]
    public void Score_ActivityKeyResult_MeasuresWork(ActivityMethod method, int? target, double expected)
    {
        var items = new[]
        {
            new WorkItem { Id = "t1", Title = "T1", State = WorkItemState.Done, Effort = 3m },
            new WorkItem { Id = "t2", Title = "T2", State = WorkItemState.InProgress, PercentComplete = 20m, Effort = 1m },
            new WorkItem { Id = "t3", Title = "T3", State = WorkItemState.Cancelled, Effort = 100m },
        };
        var kr = new KeyResult
        {
            Id = "kr",
            Title = "KR",
            Kind = new ActivityKind(method, target),
            Initiatives = [new Initiative { Id = "i", Title = "I", WorkItems = [.. items] }],
        };
        Assert.Equal((decimal)expected, Score(Plan(Objective("o", kr)))["kr"].Ratio());
    }

    [Theory]
    [InlineData(ActivityMethod.DoneShare, 0.5)]
    [InlineData(ActivityMethod.MeanCompletion, 0.6)]
    [InlineData(ActivityMethod.EffortWeighted, null)]
    public void Score_ActivityEffortsBeyondDecimalRange_OnlyTheEffortMethodIsNotScored(ActivityMethod method, double? expected)
    {
        var items = new[]
        {
            new WorkItem { Id = "t1", Title = "T1", State = WorkItemState.Done, Effort = decimal.MaxValue },
            new WorkItem { Id = "t2", Title = "T2", State = WorkItemState.InProgress, PercentComplete = 20m, Effort = decimal.MaxValue },
        };
        var kr = new KeyResult
        {
            Id = "kr",
            Title = "KR",
            Kind = new ActivityKind(method),
            Initiatives = [new Initiative { Id = "i", Title = "I", WorkItems = [.. items] }],
        };

        var scorecard = Score(Plan(Objective("o", kr)));

        Assert.Equal((decimal?)expected, scorecard["kr"].Progress?.Ratio);
        if (expected is null)
        {
            Assert.Contains("beyond the range of decimal arithmetic", scorecard.Explain("kr").Summary, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Score_WorkItemDoneAfterAsOf_CountsAsNotDoneYet()
    {
        var items = new[] { new WorkItem { Id = "t1", Title = "T1", State = WorkItemState.Done, CompletedOn = new DateOnly(2026, 6, 1) } };
        var kr = new KeyResult { Id = "kr", Title = "KR", Kind = new ActivityKind(), Initiatives = [new Initiative { Id = "i", Title = "I", WorkItems = [.. items] }] };
        var plan = Plan(Objective("o", kr));
        Assert.Equal(0m, Score(plan, new DateOnly(2026, 5, 31))["kr"].Ratio());
        Assert.Equal(1m, Score(plan, new DateOnly(2026, 6, 1))["kr"].Ratio());
    }

    [Fact]
    public void Score_ClosedObjective_HasClosedStatus()
    {
        var plan = Plan(Objective("o", KrAt("kr", 50m)) with { ClosedOn = new DateOnly(2026, 5, 1) });
        Assert.Equal(OkrStatus.Closed, Score(plan)["o"].Status);
        Assert.Equal(OkrStatus.Closed, Score(plan)["kr"].Status);
        Assert.NotEqual(OkrStatus.Closed, Score(plan, new DateOnly(2026, 4, 30))["o"].Status);
    }

    [Fact]
    public void Score_ReportedStatusAtCheckIn_Wins()
    {
        var kr = new KeyResult { Id = "kr", Title = "KR", Kind = new BaselineKind(), CheckIns = [CheckIn(3m) with { Status = OkrStatus.AtRisk }] };
        Assert.Equal(OkrStatus.AtRisk, Score(Plan(Objective("o", kr)))["kr"].Status);
    }

    [Fact]
    public void Score_Achieved_WhenTargetReached()
    {
        Assert.Equal(OkrStatus.Achieved, Score(Plan(Objective("o", KrAt("kr", 100m))))["kr"].Status);
        Assert.Equal(OkrStatus.Achieved, Score(Plan(Objective("o", KrAt("kr", 100m))))["o"].Status);
    }

    [Fact]
    public void Score_ThresholdWithRiskThreshold_IsBehindBetweenThem()
    {
        var kind = new ThresholdKind(ThresholdDirection.StayAbove, 8m, riskThreshold: 6m);
        Assert.Equal(OkrStatus.Behind, Score(Plan(Objective("o", Kr("kr", kind, 7m))))["kr"].Status);
        Assert.Equal(OkrStatus.AtRisk, Score(Plan(Objective("o", Kr("kr", kind, 5m))))["kr"].Status);
    }

    [Fact]
    public void Score_ConfidenceOfObjective_IsWeightedMeanOfChildren()
    {
        var a = new KeyResult { Id = "a", Title = "A", Kind = new PercentageKind(), CheckIns = [CheckIn(10m, confidence: 0.8m)] };
        var b = new KeyResult { Id = "b", Title = "B", Kind = new PercentageKind(), CheckIns = [CheckIn(10m, confidence: 0.4m)], Weight = ContributionWeight.Times(3m) };
        var c = KrAt("c", 10m);
        var scorecard = Score(Plan(Objective("o", a, b, c)));
        Assert.Equal(0.8m, scorecard["a"].Confidence);
        Assert.Equal(0.5m, scorecard["o"].Confidence);
        Assert.Null(scorecard["c"].Confidence);
    }

    [Fact]
    public void Score_WorstChildStatus_TakesTheWorst()
    {
        var scoring = ScoringConfiguration.Default with { ObjectiveStatus = new WorstChildStatusStrategy() };
        var kind = new ThresholdKind(ThresholdDirection.StayAbove, 8m);
        var plan = new OkrPlan([Objective("o", Kr("bad", kind, 1m), KrAt("good", 90m))], scoring);
        Assert.Equal(OkrStatus.AtRisk, OkrScorer.Score(plan, MidQ2)["o"].Status);
    }

    [Fact]
    public void Score_ConfidenceMeanStatus_UsesProfitCoConfidences()
    {
        var scoring = ScoringConfiguration.Default with { ObjectiveStatus = new ConfidenceMeanStatusStrategy() };
        var onTrack = new KeyResult { Id = "a", Title = "A", Kind = new PercentageKind(), CheckIns = [CheckIn(10m) with { Status = OkrStatus.OnTrack }] };
        var atRisk = new KeyResult { Id = "b", Title = "B", Kind = new PercentageKind(), CheckIns = [CheckIn(10m) with { Status = OkrStatus.AtRisk }] };
        var plan = new OkrPlan([Objective("o", onTrack, atRisk)], scoring);
        var score = OkrScorer.Score(plan, MidQ2)["o"];
        Assert.Equal(OkrStatus.Behind, score.Status);
        Assert.Contains("0.45", OkrScorer.Score(plan, MidQ2).Explain("o").StatusRule);
    }

    [Fact]
    public void Score_AspirationalObjective_IsExpectedAtSeventyPercent()
    {
        var plan = Plan(Objective("o", KrAt("kr", 72m)) with { Type = ObjectiveType.Aspirational });
        var score = Score(plan)["o"].Score;
        Assert.Equal(0.7m, score.Expected);
        Assert.True(score.MeetsExpectation);
        Assert.Equal(Grade.Green, score.Grade);
    }

    [Theory]
    [InlineData(0.39, Grade.Red)]
    [InlineData(0.4, Grade.Yellow)]
    [InlineData(0.69, Grade.Yellow)]
    [InlineData(0.7, Grade.Green)]
    [InlineData(1.3, Grade.Green)]
    public void Score_GoogleGradeBands(double progress, Grade grade)
    {
        var score = Score(Plan(Objective("o", KrAt("kr", (decimal)progress * 100m))))["kr"].Score;
        Assert.Equal(grade, score.Grade);
        Assert.InRange(score.Value!.Value, 0m, 1m);
    }

    [Fact]
    public void Score_PhasedTargets_ShapeExpectedProgress()
    {
        var kr = Kr("kr", KeyResultKind.Increase(0m, 100m), 10m) with
        {
            PhasedTargets = [new PhasedTarget(new DateOnly(2026, 4, 30), 10m), new PhasedTarget(new DateOnly(2026, 6, 30), 100m)],
        };
        var score = Score(Plan(Objective("o", kr)), new DateOnly(2026, 4, 30))["kr"];
        Assert.Equal(0.1m, score.ExpectedProgress!.Value.Ratio);
        Assert.Equal(OkrStatus.OnTrack, score.Status);
    }

    [Fact]
    public void Explain_Objective_ListsEachChildWithWeightAndShare()
    {
        var objective = Objective("o", KrAt("a", 100m) with { Weight = ContributionWeight.Times(3m) }, KrAt("b", 0m));
        var explanation = Score(Plan(objective)).Explain("o");
        Assert.Equal("weighted-mean", explanation.ProgressRule);
        Assert.Equal(0.75m, explanation.Contributions.Single(c => c.ChildId == "a").Share);
        Assert.Equal(0.25m, explanation.Contributions.Single(c => c.ChildId == "b").Share);
        Assert.Contains("weighted-mean of 2 counting children = 75%", explanation.ToString());
    }

    [Fact]
    public void Explain_KeyResult_ShowsTheFormulaWithNumbers()
    {
        var explanation = Score(Plan(Objective("o", Kr("kr", KeyResultKind.Increase(30m, 50m), 40m)))).Explain("kr");
        Assert.Equal("linear (increase): (40 - 30) / (50 - 30) = 50%", explanation.Summary);
    }

    [Fact]
    public void Explain_UnknownId_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => Score(Plan(Objective("o"))).Explain("nope"));
        Assert.Throws<KeyNotFoundException>(() => Score(Plan(Objective("o")))["nope"]);
    }

    [Fact]
    public void Score_WithTimeProvider_UsesItsLocalDay()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 5, 15, 10, 0, 0, TimeSpan.Zero));
        var plan = Plan(Objective("o", KrAt("kr", 10m)));
        Assert.Equal(MidQ2, OkrScorer.Score(plan, clock).AsOf);
    }

    [Fact]
    public void Rescore_AfterCheckIn_EqualsFullScore()
    {
        var parent = Objective("parent", KrAt("a", 27m));
        var child = Objective("child", KrAt("b", 85m), Kr("c", KeyResultKind.Increase(0m, 10m), 2m)) with { Alignment = Alignment.ToObjective("parent") };
        var plan = Plan(parent, child);
        var before = Score(plan);
        var updated = plan.AddCheckIn("c", CheckIn(9m, new DateOnly(2026, 5, 2)));
        var incremental = OkrScorer.Rescore(before, updated, "c");
        var full = Score(updated);
        Assert.Equal(full.Items.Select(i => i.ToString()), incremental.Items.Select(i => i.ToString()));
        Assert.Equal(full["parent"].Progress, incremental["parent"].Progress);
        Assert.NotEqual(before["parent"].Progress, incremental["parent"].Progress);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
