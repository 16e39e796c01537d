using Okr.Core.Scoring;
using static Okr.Core.Tests.Support.Plans;

namespace Okr.Core.Tests.Scoring;

/// <summary>
/// The built-in <c>standard</c> progress strategy through its public API: each kind's rule and the text that explains it
/// (the per-kind formulas in <c>KindFormulas</c>), every "not scored" reason, and the cap and floor. The mutants a
/// Stryker run of <c>eng/mutation.sh</c> left alive in <c>KindFormulas.cs</c> and <c>StandardProgressStrategy.cs</c> (issue 13).
/// </summary>
public sealed class StandardProgressStrategyTests
{
    private static readonly StandardProgressStrategy Standard = new();

    private static (ProgressResult Result, string Explanation) Run(KeyResult keyResult, StandardProgressStrategy? strategy = null, decimal[]? childValues = null)
    {
        var s = strategy ?? Standard;
        var arguments = new ProgressArguments(keyResult, Q2, MidQ2, keyResult.LatestCheckInAsOf(MidQ2), childValues ?? []);
        var result = s.Compute(arguments);
        return (result, s.Explain(arguments, result));
    }

    private static string Explain(KeyResultKind kind, params decimal[] values) => Run(Kr("kr", kind, values)).Explanation;

    private static WorkItem Item(string id, WorkItemState state, decimal? effort = null, decimal? percentComplete = null) =>
        new() { Id = id, Title = "Work item " + id, State = state, Effort = effort, PercentComplete = percentComplete };

    private static Initiative Work(string id, params WorkItem[] items) =>
        new() { Id = id, Title = "Initiative " + id, WorkItems = [.. items] };

    private static KeyResult Activity(ActivityKind kind, params Initiative[] initiatives) =>
        Kr("kr", kind) with { Initiatives = [.. initiatives] };

    [Fact]
    public void Linear_NotScored_SaysWhy()
    {
        Assert.Equal("not scored: no check-in yet", Explain(KeyResultKind.Increase(0m, 10m)));
        Assert.Equal("not scored: start equals target (rule: not scored)", Explain(KeyResultKind.Increase(5m, 5m), 5m));
        Assert.Equal("not scored: the value is beyond the range of decimal arithmetic", Explain(KeyResultKind.Increase(decimal.MinValue, decimal.MaxValue), 0m));
    }

    [Fact]
    public void Range_InsideIncludingBothEnds_IsComplete_OutsideIsZero()
    {
        Assert.Equal("range: 10 must lie in [10, 20] = 100%", Explain(new RangeKind(10m, 20m), 10m));
        Assert.Equal("range: 20 must lie in [10, 20] = 100%", Explain(new RangeKind(10m, 20m), 20m));
        Assert.Equal("range: 21 must lie in [10, 20] = 0%", Explain(new RangeKind(10m, 20m), 21m));
        Assert.Equal(Progress.Complete, Run(Kr("kr", new RangeKind(10m, 20m), 15m)).Result.Progress);
        Assert.Equal(Progress.Zero, Run(Kr("kr", new RangeKind(10m, 20m), 9m)).Result.Progress);
    }

    [Fact]
    public void Range_OfOneValue_IsScored_AnEmptyOneIsNot()
    {
        Assert.Equal("range: 5 must lie in [5, 5] = 100%", Explain(new RangeKind(5m, 5m), 5m));
        Assert.Equal("range: 6 must lie in [5, 5] = 0%", Explain(new RangeKind(5m, 5m), 6m));

        var (empty, text) = Run(Kr("kr", new RangeKind(20m, 10m), 15m));
        Assert.Equal("not scored: the range is empty (lower above upper)", text);
        Assert.Equal(15m, empty.Value);
    }

    [Fact]
    public void Threshold_ExplanationNamesTheDirectionAndTheBoundaryRule()
    {
        Assert.Equal("threshold: 10 must stay above 10 (on the threshold passes) = 100%",
            Explain(new ThresholdKind(ThresholdDirection.StayAbove, 10m, boundary: ThresholdBoundary.OnThresholdPasses), 10m));
        Assert.Equal("threshold: 10 must stay below 10 (on the threshold fails) = 0%",
            Explain(new ThresholdKind(ThresholdDirection.StayBelow, 10m, boundary: ThresholdBoundary.OnThresholdFails), 10m));
        Assert.Equal("threshold: 9 must stay below 10 (on the threshold fails) = 100%",
            Explain(new ThresholdKind(ThresholdDirection.StayBelow, 10m), 9m));
    }

    [Fact]
    public void Binary_ExplanationShowsTheLatestValue_OrThatThereIsNone()
    {
        Assert.Equal("binary: latest value 1 = 100%", Explain(new BinaryKind(), 1m));
        Assert.Equal("binary: latest value 0 = 0%", Explain(new BinaryKind(), 0m));
        Assert.Equal("binary: no check-in, not done yet = 0%", Explain(new BinaryKind()));
    }

    [Fact]
    public void Milestones_ExplanationShowsHowManyAreReachedAndTheWeights()
    {
        var kind = new MilestonesKind([new Milestone("design", 1m), new Milestone("build", 2m), new Milestone("ship", 1m)]);

        Assert.Equal("milestones: 2 of 3 reached, weights 1 + 2 + 1 = 75%", Explain(kind, 2m));
        Assert.Equal("milestones: 0 of 3 reached, weights 1 + 2 + 1 = 0%", Explain(kind));
    }

    /// <summary>No buffer sized by the user's data lives on the stack: a million milestones (16 MB of weights, more than
    /// a thread's stack) score like three.</summary>
    [Fact]
    public void Milestones_AMillionOfThem_Score()
    {
        const int Count = 1_000_000;
        var milestone = new Milestone("step", 2m);
        var kind = new MilestonesKind([.. Enumerable.Repeat(milestone, Count)]);

        var result = Standard.Compute(new ProgressArguments(Kr("kr", kind), Q2, MidQ2, CheckIn(Count / 4), []));

        Assert.Equal(0.25m, result.Progress!.Value.Ratio);
        Assert.Equal(Count / 4, result.Value);
    }

    [Fact]
    public void Milestones_AllWeightsZero_IsNotScored()
    {
        var kind = new MilestonesKind([new Milestone("a", 0m), new Milestone("b", 0m)]);

        var (result, text) = Run(Kr("kr", kind, 1m));

        Assert.Equal("not scored: the milestones' weights sum to 0", text);
        Assert.Equal(1m, result.Value);
    }

    [Theory]
    [InlineData(ControlKpiMethod.SuccessfulCheckInShare)]
    [InlineData(ControlKpiMethod.SumOverTargets)]
    public void ControlKpi_MethodsCountingPlannedCheckIns_WithNonePlanned_AreNotScored(ControlKpiMethod method)
    {
        var (result, text) = Run(Kr("kr", new ControlKpiKind(ControlKpiDirection.AtLeast, 5m, 0, method), 6m, 7m));

        Assert.Equal("not scored: no planned check-ins", text);
        Assert.Equal(7m, result.Value);
    }

    [Fact]
    public void ControlKpi_TargetZero_IsNotScored()
    {
        var (result, text) = Run(Kr("kr", new ControlKpiKind(ControlKpiDirection.AtLeast, 0m, 4), 6m));

        Assert.Equal("not scored: the target is 0", text);
        Assert.Equal(6m, result.Value);
    }

    [Fact]
    public void ControlKpi_AverageBeyondDecimal_IsNotScored()
    {
        var kind = new ControlKpiKind(ControlKpiDirection.AtLeast, 5m, 4, ControlKpiMethod.AverageOverTarget);

        var (result, text) = Run(Kr("kr", kind, decimal.MaxValue, decimal.MaxValue));

        Assert.Equal("not scored: the values are beyond the range of decimal arithmetic", text);
        Assert.Equal(decimal.MaxValue, result.Value);
    }

    [Fact]
    public void Activity_EffortWeighted_WeighsDoneItemsByEffort()
    {
        var kr = Activity(new ActivityKind(ActivityMethod.EffortWeighted),
            Work("i", Item("w1", WorkItemState.Done, effort: 3m), Item("w2", WorkItemState.InProgress, effort: 1m), Item("w3", WorkItemState.NotStarted)));

        var (result, text) = Run(kr);

        Assert.Equal(0.75m, result.Progress!.Value.Ratio);
        Assert.Equal("activity (EffortWeighted): effort 3 done of 4 = 75%", text);
    }

    [Fact]
    public void Activity_EffortWeighted_WithoutAnyEffort_IsNotScored()
    {
        var kr = Activity(new ActivityKind(ActivityMethod.EffortWeighted), Work("i", Item("w1", WorkItemState.Done)));

        Assert.Equal("not scored: no counting work item has an effort estimate", Run(kr).Explanation);
    }

    [Fact]
    public void Activity_MeanCompletion_AveragesTheItemsCompletion()
    {
        var kr = Activity(new ActivityKind(ActivityMethod.MeanCompletion),
            Work("i", Item("w1", WorkItemState.Done), Item("w2", WorkItemState.InProgress, percentComplete: 50m)));

        var (result, text) = Run(kr);

        Assert.Equal(0.75m, result.Progress!.Value.Ratio);
        Assert.Equal("activity (MeanCompletion): mean completion of 2 work items = 75%", text);
    }

    [Theory]
    [InlineData(ActivityMethod.MeanCompletion)]
    [InlineData(ActivityMethod.DoneShare)]
    public void Activity_NoCountingWorkItem_IsNotScored(ActivityMethod method)
    {
        var kr = Activity(new ActivityKind(method), Work("i", Item("w1", WorkItemState.Cancelled)));

        Assert.Equal("not scored: no counting work item", Run(kr).Explanation);
    }

    [Fact]
    public void Activity_DoneCountAndDoneShare_ExplainTheirCounts()
    {
        var initiative = Work("i", Item("w1", WorkItemState.Done), Item("w2", WorkItemState.InProgress));

        Assert.Equal("activity (DoneCount): 1 done of a target of 4 = 25%", Run(Activity(new ActivityKind(ActivityMethod.DoneCount, 4m), initiative)).Explanation);
        Assert.Equal("activity (DoneShare): 1 done of 2 work items = 50%", Run(Activity(new ActivityKind(ActivityMethod.DoneShare), initiative)).Explanation);
    }

    [Fact]
    public void Activity_InitiativesThatDoNotContributeOrWeighNothing_AreLeftOut()
    {
        var kr = Activity(new ActivityKind(ActivityMethod.DoneShare),
            Work("counts", Item("w1", WorkItemState.Done)),
            Work("aside", Item("w2", WorkItemState.NotStarted)) with { Contributes = false },
            Work("weightless", Item("w3", WorkItemState.NotStarted)) with { Weight = ContributionWeight.Excluded });

        var (result, text) = Run(kr);

        Assert.Equal(Progress.Complete, result.Progress);
        Assert.Equal("activity (DoneShare): 1 done of 1 work items = 100%", text);
    }

    /// <summary>A plan compiled for scoring hands the engine's own counts to the activity rule; only the methods that
    /// need nothing more (done share, done count) may use them: effort and completion still read the work items.</summary>
    [Fact]
    public void Activity_InACompiledPlan_EffortAndCompletionMethodsStillReadTheWorkItems()
    {
        Initiative TwoItems(string id) => Work(id, Item(id + "-done", WorkItemState.Done, effort: 3m), Item(id + "-doing", WorkItemState.InProgress, effort: 1m, percentComplete: 20m));
        var plan = Plan(Objective("o",
            Activity(new ActivityKind(ActivityMethod.EffortWeighted), TwoItems("i")) with { Id = "effort" },
            Activity(new ActivityKind(ActivityMethod.MeanCompletion), TwoItems("j")) with { Id = "completion" },
            Activity(new ActivityKind(ActivityMethod.DoneCount, 4m), TwoItems("k")) with { Id = "count" })).CompileScoring();

        var scorecard = Score(plan);

        Assert.Equal(0.75m, scorecard["effort"].Ratio()); // 3 of 4 effort, not 1 of 2 items
        Assert.Equal(0.6m, scorecard["completion"].Ratio()); // (1 + 0.2) / 2
        Assert.Equal(0.25m, scorecard["count"].Ratio()); // 1 done of a target of 4
    }

    [Fact]
    public void CascadedSum_ExplainsTheSumAndEachReasonNotToScore()
    {
        Assert.Equal("cascaded sum: (50 - 0) / (100 - 0) = 50%", Run(Kr("kr", new CascadedSumKind(0m, 100m)), childValues: [30m, 20m]).Explanation);
        Assert.Equal("not scored: no child key result has a value yet", Run(Kr("kr", new CascadedSumKind(0m, 100m))).Explanation);
        Assert.Equal("not scored: the children's values sum beyond the range of decimal arithmetic",
            Run(Kr("kr", new CascadedSumKind(0m, 100m)), childValues: [decimal.MaxValue, decimal.MaxValue]).Explanation);
        Assert.Equal("not scored: start equals target (rule: not scored)", Run(Kr("kr", new CascadedSumKind(5m, 5m)), childValues: [5m]).Explanation);
        Assert.Equal("not scored: the sum is beyond the range of decimal arithmetic",
            Run(Kr("kr", new CascadedSumKind(decimal.MinValue, decimal.MaxValue)), childValues: [0m]).Explanation);
    }

    [Fact]
    public void Baseline_IsNeverScored_AndAResultFromElsewhereIsExplainedByItsRule()
    {
        var kr = Kr("kr", new BaselineKind(), 7m);
        Assert.Equal("not scored: baseline: no target yet", Run(kr).Explanation);

        // A custom strategy may score a kind the standard formulas do not and still ask them to explain it.
        var arguments = new ProgressArguments(kr, Q2, MidQ2, kr.LatestCheckInAsOf(MidQ2), []);
        Assert.Equal("my-rule = 50%", Standard.Explain(arguments, ProgressResult.Scored(Progress.FromRatio(0.5m), 7m, "my-rule")));
    }

    [Fact]
    public void Constructor_CapBelowFloor_Throws_CapEqualToFloorIsAllowed()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new StandardProgressStrategy(capAt: 0.5m, floorAt: 0.8m));
        Assert.Equal("capAt", ex.ParamName);
        Assert.StartsWith("The cap must not be below the floor.", ex.Message, StringComparison.Ordinal);

        Assert.Equal(0.5m, new StandardProgressStrategy(capAt: 0.5m, floorAt: 0.5m).CapAt);
    }

    [Fact]
    public void FromOptions_ReadsTheCapAndTheFloor()
    {
        var strategy = StandardProgressStrategy.FromOptions(StrategyOptions.Empty.With("capAt", 1.2m).With("floorAt", -0.1m));

        Assert.Equal(1.2m, strategy.CapAt);
        Assert.Equal(-0.1m, strategy.FloorAt);
    }

    [Fact]
    public void Floor_RaisesProgressBelowIt_AndSaysSo()
    {
        var floored = new StandardProgressStrategy(capAt: null, floorAt: 0m);

        var (result, text) = Run(Kr("kr", KeyResultKind.Decrease(100m, 50m), 125m), floored);

        Assert.Equal(Progress.Zero, result.Progress);
        Assert.Equal("linear (bounded)", result.Rule);
        Assert.Equal(125m, result.Value);
        Assert.Equal("linear (decrease): (125 - 100) / (50 - 100) = 0%; bounded to [0, +inf]", text);
    }

    [Fact]
    public void Cap_LowersProgressAboveIt_AndSaysSo_WithinTheBoundsNothingChanges()
    {
        var capped = new StandardProgressStrategy(capAt: 1m, floorAt: null);

        var (over, overText) = Run(Kr("kr", KeyResultKind.Increase(0m, 100m), 150m), capped);
        Assert.Equal(Progress.Complete, over.Progress);
        Assert.Equal("linear (bounded)", over.Rule);
        Assert.Equal("linear (increase): (150 - 0) / (100 - 0) = 100%; bounded to [-inf, 1]", overText);

        var (within, withinText) = Run(Kr("kr", KeyResultKind.Increase(0m, 100m), 40m), capped);
        Assert.Equal("linear", within.Rule);
        Assert.Equal("linear (increase): (40 - 0) / (100 - 0) = 40%; bounded to [-inf, 1]", withinText);

        Assert.Equal("not scored: no check-in yet", Run(Kr("kr", KeyResultKind.Increase(0m, 100m)), capped).Explanation);
    }
}
