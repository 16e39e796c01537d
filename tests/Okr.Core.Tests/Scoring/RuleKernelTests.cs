using Okr.Core.Scoring.Rules;

namespace Okr.Core.Tests.Scoring;

/// <summary>
/// The rule kernels at their edges: the mutants a Stryker run of <c>eng/mutation.sh</c> left alive in
/// <see cref="WorkItemRules"/>, <see cref="ThresholdRules"/> and <see cref="ControlKpiRules"/> (issue 13).
/// </summary>
public sealed class RuleKernelTests
{
    private const int Today = 1_000;

    [Theory]
    [InlineData(WorkItemState.Done, Today + 5, 1.0, true, OkrStatus.Achieved)]
    [InlineData(WorkItemState.Blocked, int.MaxValue, 0.5, false, OkrStatus.AtRisk)]
    [InlineData(WorkItemState.InProgress, Today - 1, 0.5, false, OkrStatus.AtRisk)]
    [InlineData(WorkItemState.InProgress, Today, 0.0, false, OkrStatus.OnTrack)]
    [InlineData(WorkItemState.NotStarted, Today, 0.0, false, OkrStatus.NotStarted)]
    [InlineData(WorkItemState.NotStarted, int.MaxValue, 0.2, false, OkrStatus.OnTrack)]
    [InlineData(WorkItemState.NotStarted, Today - 1, 0.0, false, OkrStatus.AtRisk)]
    public void WorkItemStatus_EachBranchAndTheDueDayBoundary(WorkItemState state, int dueDay, double completion, bool done, OkrStatus expected) =>
        Assert.Equal(expected, WorkItemRules.Status(state, dueDay, (decimal)completion, done, Today));

    [Fact]
    public void WorkItemCompletion_DoneIsOne_MarkedDoneLaterIsZero_OtherwiseTheRatioTypedIn()
    {
        Assert.Equal(1m, WorkItemRules.Completion(WorkItemState.Done, done: true, ratio: 0.3m));
        Assert.Equal(0m, WorkItemRules.Completion(WorkItemState.Done, done: false, ratio: 0.3m));
        Assert.Equal(0.3m, WorkItemRules.Completion(WorkItemState.InProgress, done: false, ratio: 0.3m));
    }

    [Theory]
    [InlineData(1.0, OkrStatus.OnTrack)]
    [InlineData(0.999, OkrStatus.AtRisk)]
    [InlineData(0.0, OkrStatus.AtRisk)]
    public void RangeStatus_OnTrackOnlyInsideTheRange(double progress, OkrStatus expected) =>
        Assert.Equal(expected, ThresholdRules.RangeStatus((decimal)progress));

    [Fact]
    public void ThresholdDescribe_NamesEachOutcome()
    {
        Assert.Equal("threshold passed", ThresholdRules.Describe(OkrStatus.OnTrack));
        Assert.Equal("threshold failed, within the risk threshold", ThresholdRules.Describe(OkrStatus.Behind));
        Assert.Equal("threshold failed", ThresholdRules.Describe(OkrStatus.AtRisk));
    }

    [Theory]
    [InlineData(ControlKpiDirection.AtLeast, 39, 0.6)] // 39 of at least 5 x 13 = 65
    [InlineData(ControlKpiDirection.AtMost, 78, 0.8)] // 78 against at most 5 x 13 = 65: 1 - 13 / 65
    public void ControlKpiDistance_SumMethod_ScalesTheTargetByThePlannedCheckIns(ControlKpiDirection direction, double total, double expected)
    {
        var kpi = new ControlKpiKind(direction, 5m, 13, ControlKpiMethod.SumOverTargets);

        Assert.Equal((decimal)expected, ControlKpiRules.Distance(kpi, (decimal)total, kpi.PlannedCheckIns));
    }

    [Theory]
    [InlineData(4.0, 1.0)]
    [InlineData(5.0, 1.0)]
    [InlineData(4.5, 1.0)]
    public void ControlKpiDistance_Between_OnABoundIsInside(double value, double expected)
    {
        var kpi = ControlKpiKind.Between(4m, 5m, 13);

        Assert.Equal((decimal)expected, ControlKpiRules.Distance(kpi, (decimal)value, 1m));
    }

    [Fact]
    public void ControlKpiDistance_Between_OnABoundOfZeroIsInsideNotUnscored()
    {
        Assert.Equal(1m, ControlKpiRules.Distance(ControlKpiKind.Between(0m, 5m, 13), 0m, 1m));
        Assert.Equal(1m, ControlKpiRules.Distance(ControlKpiKind.Between(-5m, 0m, 13), 0m, 1m));
    }
}
