using Okr.Core.Scoring;
using Okr.Core.Scoring.Rules;
using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Scoring;

/// <summary>
/// More rule kernels at their edges: the mutants a whole Stryker run of <c>eng/mutation.sh</c> (issue 13) left alive in
/// <see cref="ChildWeighing"/>, <see cref="InitiativeRules"/>, <see cref="KeyResultStatusRules"/>,
/// <see cref="ControlKpiRules"/> and <see cref="ExpectedValueRules"/>.
/// </summary>
public sealed class RuleKernelEdgeTests
{
    private static readonly Period Quarter = new(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30));

    [Fact]
    public void CountedProgress_ANotScoredChildCountsZeroWhateverProgressIsStored()
    {
        Assert.Equal(0.7m, ChildWeighing.CountedProgress(scored: true, 0.7m));
        Assert.Equal(0m, ChildWeighing.CountedProgress(scored: false, 0.7m));
    }

    [Fact]
    public void IsWeighed_EveryChildWithAWeightTakesPartInTheStartedFacts()
    {
        Assert.True(ChildWeighing.IsWeighed(ChildRole.Counts));
        Assert.True(ChildWeighing.IsWeighed(ChildRole.NotScored));
        Assert.True(ChildWeighing.IsWeighed(ChildRole.CountsAsZero));
        Assert.False(ChildWeighing.IsWeighed(ChildRole.Excluded));
        Assert.False(ChildWeighing.IsWeighed(ChildRole.OptedOut));
        Assert.False(ChildWeighing.IsWeighed(ChildRole.ZeroWeight));
    }

    [Theory]
    [InlineData(new[] { OkrStatus.NotStarted }, false, true)]
    [InlineData(new[] { OkrStatus.NotStarted, OkrStatus.NotStarted }, false, true)]
    [InlineData(new[] { OkrStatus.OnTrack }, true, false)]
    [InlineData(new[] { OkrStatus.NotScored }, false, false)]
    [InlineData(new[] { OkrStatus.OnTrack, OkrStatus.NotStarted }, true, true)]
    [InlineData(new[] { OkrStatus.NotStarted, OkrStatus.AtRisk, OkrStatus.NotScored }, true, true)]
    [InlineData(new[] { OkrStatus.Achieved, OkrStatus.Closed }, true, false)]
    public void Observe_StartedIsAnyStatusButNotStartedAndNotScored(OkrStatus[] statuses, bool anyStarted, bool anyNotStarted)
    {
        var facts = default(ChildWeighing.Facts);
        foreach (var status in statuses)
        {
            ChildWeighing.Observe(ref facts, status);
        }

        Assert.Equal(anyStarted, facts.AnyStarted);
        Assert.Equal(anyNotStarted, facts.AnyNotStarted);
    }

    [Fact]
    public void Objective_WhoseOnlyKeyResultIsScoredButNotStarted_IsNotStarted()
    {
        // An activity key result with no work done is scored (0%) and not started; the objective it counts in is not
        // started either, rather than judged by pace.
        var work = new Initiative { Id = "i", Title = "Work", WorkItems = [new WorkItem { Id = "t", Title = "Task", State = WorkItemState.NotStarted }] };
        var kr = new KeyResult { Id = "kr", Title = "Ship", Kind = new ActivityKind(ActivityMethod.DoneShare), Initiatives = [work] };
        var card = OkrScorer.Score(Plans.Plan(Plans.Objective("obj", kr)), new DateOnly(2026, 6, 1));

        Assert.Equal(OkrStatus.NotStarted, card["kr"].Status);
        Assert.Equal(0m, card["obj"].Progress!.Value.Ratio);
        Assert.Equal(OkrStatus.NotStarted, card["obj"].Status);
    }

    [Fact]
    public void Bound_SaysWhetherItCappedOrFloored()
    {
        Assert.Equal(1m, ChildWeighing.Bound(1.2m, 1m, 0m, out bool capped, out bool floored));
        Assert.True(capped);
        Assert.False(floored);

        Assert.Equal(0m, ChildWeighing.Bound(-0.1m, 1m, 0m, out capped, out floored));
        Assert.False(capped);
        Assert.True(floored);

        Assert.Equal(0.5m, ChildWeighing.Bound(0.5m, 1m, 0m, out capped, out floored));
        Assert.False(capped);
        Assert.False(floored);
    }

    [Fact]
    public void KeyResultWeight_BySizeBeyondDecimalsRange_KeepsTheDeclaredWeight()
    {
        var settings = new RollupSettings { WeightByTargetSize = true };
        var huge = new KeyResult { Id = "kr", Title = "Huge", Kind = KeyResultKind.Increase(-decimal.MaxValue, decimal.MaxValue), Weight = ContributionWeight.Times(2m) };
        var sized = huge with { Kind = KeyResultKind.Increase(10m, 40m) };

        Assert.Equal(ContributionWeight.Times(2m), ChildWeighing.KeyResultWeight(huge, settings));
        Assert.Equal(ContributionWeight.Times(60m), ChildWeighing.KeyResultWeight(sized, settings));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1)]
    [InlineData(0.001)]
    public void Scale_OfOne_LeavesEveryWeightBitForBit(double largest)
    {
        // The divisor is always a power of ten of scale 0, and dividing by 1 of scale 0 keeps a decimal's bits (so the
        // shortcut that skips the division is a speed-up, not a rule: its mutants are equivalent).
        var scale = ChildWeighing.ScaleFor((decimal)largest);
        foreach (decimal weight in new[] { 0.50m, 0.125m, 1.000m, 3m })
        {
            Assert.Equal(decimal.GetBits(weight), decimal.GetBits(scale.Relative(weight)));
            Assert.Equal(decimal.GetBits(weight), decimal.GetBits(weight / 1m));
        }

        Assert.Equal(0.05m, ChildWeighing.ScaleFor(5m).Relative(0.5m));
    }

    [Theory]
    [InlineData(ControlKpiDirection.AtLeast, 100, true)]
    [InlineData(ControlKpiDirection.AtLeast, 99, false)]
    [InlineData(ControlKpiDirection.AtMost, 100, true)]
    [InlineData(ControlKpiDirection.AtMost, 101, false)]
    public void ControlKpiIsSuccessful_OneTarget_UsesTheDirectionNotABand(ControlKpiDirection direction, double value, bool successful) =>
        Assert.Equal(successful, ControlKpiRules.IsSuccessful(new ControlKpiKind(direction, 100m, 4, ControlKpiMethod.SuccessfulCheckInShare), (decimal)value));

    [Fact]
    public void ExpectedValue_OfAScaleBeyondDecimalsRange_IsNull()
    {
        var objective = Plans.Objective("obj") with { Scale = new MeasureScale(-decimal.MaxValue, decimal.MaxValue) };

        Assert.Null(ExpectedValueRules.OfObjective(objective, Progress.FromRatio(0.5m)));
        Assert.Equal(25m, ExpectedValueRules.OfObjective(objective with { Scale = new MeasureScale(0m, 50m) }, Progress.FromRatio(0.5m)));
    }

    [Fact]
    public void InitiativePeriod_OneDayInitiativeKeepsItsOwnDay_DueBeforeStartFallsBackToTheObjectives()
    {
        var day = new DateOnly(2026, 5, 4);
        var oneDay = new Initiative { Id = "i", Title = "Launch day", Start = day, Due = day };

        Assert.Equal(new Period(day, day), InitiativeRules.PeriodOf(oneDay, Quarter));
        Assert.Equal(Quarter, InitiativeRules.PeriodOf(oneDay with { Due = day.AddDays(-1) }, Quarter));
        Assert.Equal(Quarter, InitiativeRules.PeriodOf(oneDay with { Due = null }, Quarter));
    }

    [Fact]
    public void InitiativeStatusWithoutPace_AllDoneIsAchieved_NoneStartedIsNotStarted_ElseTheStrategy()
    {
        Assert.Equal((OkrStatus.Achieved, "all work done"), InitiativeRules.StatusWithoutPace(1m, started: 0));
        Assert.Equal((OkrStatus.Achieved, "all work done"), InitiativeRules.StatusWithoutPace(1m, started: 3));
        Assert.Equal((OkrStatus.NotStarted, "no work started"), InitiativeRules.StatusWithoutPace(0.4m, started: 0));
        Assert.Null(InitiativeRules.StatusWithoutPace(0.4m, started: 1));
    }

    [Fact]
    public void InitiativeTally_CountsStartedWorkItemsAndMeansTheirCompletion()
    {
        var tally = default(InitiativeRules.Tally);
        tally.Add(0.5m, OkrStatus.OnTrack);
        tally.Add(0m, OkrStatus.NotStarted);
        tally.Add(1m, OkrStatus.Achieved);

        Assert.Equal(3, tally.Counting);
        Assert.Equal(2, tally.Started);
        Assert.Equal((0.5m, 2), tally.Progress(percentComplete: 90m));
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(10, 0.1, 1)]
    [InlineData(100, 1, 1)]
    public void InitiativeTally_WithoutWorkItems_UsesThePercentTypedIn_StartedAbove0(double percent, double ratio, int started) =>
        Assert.Equal(((decimal)ratio, started), default(InitiativeRules.Tally).Progress((decimal)percent));

    [Fact]
    public void InitiativeTally_WithoutWorkItemsOrPercent_IsNotScored() =>
        Assert.Null(default(InitiativeRules.Tally).Progress(null));

    [Fact]
    public void KeyResultStatusTraits_OfEachKind()
    {
        var activity = KeyResultStatusRules.TraitsOf(new ActivityKind(ActivityMethod.DoneShare));
        Assert.Equal(KeyResultStatusTraits.StartsWithWork | KeyResultStatusTraits.HasEndTarget, activity);
        Assert.Equal(KeyResultStatusTraits.NotStartedWithoutCheckIn | KeyResultStatusTraits.StartsWithCheckIn | KeyResultStatusTraits.HasEndTarget, KeyResultStatusRules.TraitsOf(new BinaryKind()));
        Assert.Equal(KeyResultStatusTraits.NotStartedWithoutCheckIn, KeyResultStatusRules.TraitsOf(new ThresholdKind(ThresholdDirection.StayAbove, 5m)));
        Assert.Equal(KeyResultStatusTraits.HasEndTarget, KeyResultStatusRules.TraitsOf(new CascadedSumKind(0m, 10m)));
    }

    [Theory]
    [InlineData(ControlKpiMethod.SuccessfulCheckInShare, true)]
    [InlineData(ControlKpiMethod.SumOverTargets, true)]
    [InlineData(ControlKpiMethod.DistanceFromTarget, false)]
    [InlineData(ControlKpiMethod.AverageOverTarget, false)]
    public void KeyResultStatusTraits_ControlKpi_OnlyTheCumulativeMethodsHaveAnEndTarget(ControlKpiMethod method, bool endTarget)
    {
        var traits = KeyResultStatusRules.TraitsOf(new ControlKpiKind(ControlKpiDirection.AtLeast, 100m, 4, method));

        Assert.Equal(endTarget, (traits & KeyResultStatusTraits.HasEndTarget) != 0);
        Assert.Equal(endTarget ? OkrStatus.Achieved : OkrStatus.NotScored, KeyResultStatusRules.Decide(false, true, null, 1.2m, traits).Status);
    }
}
