using FluentValidation;
using static Okr.Core.Validation.Tests.Sample;

namespace Okr.Core.Validation.Tests;

public sealed class CheckInAndTaskRuleTests
{
    private const string FirstCheckIn = "Objectives[0].KeyResults[0].CheckIns[0]";
    private const string FirstWorkItem = "Objectives[0].KeyResults[0].Initiatives[0].WorkItems[0]";

    private static List<FluentValidation.Results.ValidationFailure> WithCheckIn(CheckIn checkIn, KeyResultKind? kind = null, PlanValidationOptions? options = null) =>
        Validate(WithKeyResult(KeyResult("k1", kind) with { CheckIns = [checkIn] }), options);

    private static List<FluentValidation.Results.ValidationFailure> WithWork(params WorkItem[] items) =>
        Validate(WithKeyResult(KeyResult("k1") with { Initiatives = [Initiative("i1", items)] }));

    [Fact]
    public void CheckInOutsidePeriod_Inside_NotReported() => AssertNone(WithCheckIn(CheckIn(1m)), OkrErrorCodes.CheckInOutsidePeriod);

    [Fact]
    public void CheckInOutsidePeriod_BeforePeriod_ReportedAsWarningAtAt() =>
        AssertOne(WithCheckIn(CheckIn(1m, new DateTimeOffset(2026, 3, 31, 23, 0, 0, TimeSpan.Zero))), OkrErrorCodes.CheckInOutsidePeriod, FirstCheckIn + ".At", Severity.Warning);

    [Fact]
    public void CheckInInFuture_NoClock_NotReported() =>
        AssertNone(WithCheckIn(CheckIn(1m, new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero)), options: PlanValidationOptions.Default), OkrErrorCodes.CheckInInFuture);

    [Fact]
    public void CheckInInFuture_AfterToday_ReportedAtAt() =>
        AssertOne(WithCheckIn(CheckIn(1m, new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero))), OkrErrorCodes.CheckInInFuture, FirstCheckIn + ".At", Severity.Error);

    [Fact]
    public void CheckInInFuture_ClockBeforeCheckIn_Reported()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 4, 15, 9, 0, 0, TimeSpan.Zero));
        AssertOne(WithCheckIn(CheckIn(1m), options: new PlanValidationOptions { Clock = clock }), OkrErrorCodes.CheckInInFuture, FirstCheckIn + ".At", Severity.Error);
        AssertNone(WithCheckIn(CheckIn(1m), options: new PlanValidationOptions { Clock = new FixedClock(InQuarter) }), OkrErrorCodes.CheckInInFuture);
    }

    [Fact]
    public void CheckInValueUnit_BinaryOne_NotReported() => AssertNone(WithCheckIn(CheckIn(1m), new BinaryKind()), OkrErrorCodes.CheckInValueUnit);

    [Fact]
    public void CheckInValueUnit_BinaryTwo_ReportedAtValue() =>
        AssertOne(WithCheckIn(CheckIn(2m), new BinaryKind()), OkrErrorCodes.CheckInValueUnit, FirstCheckIn + ".Value", Severity.Error);

    [Fact]
    public void CheckInValueUnit_MilestonesFraction_Reported() =>
        AssertOne(WithCheckIn(CheckIn(1.5m), new MilestonesKind([new("a", 0.5m), new("b", 0.5m)])), OkrErrorCodes.CheckInValueUnit, FirstCheckIn + ".Value", Severity.Error);

    [Fact]
    public void CheckInValueUnit_PercentageAboveHundred_Reported()
    {
        AssertNone(WithCheckIn(CheckIn(100m), new PercentageKind()), OkrErrorCodes.CheckInValueUnit);
        AssertOne(WithCheckIn(CheckIn(120m), new PercentageKind()), OkrErrorCodes.CheckInValueUnit, FirstCheckIn + ".Value", Severity.Error);
    }

    [Fact]
    public void CheckInIgnored_LinearKind_NotReported() => AssertNone(WithCheckIn(CheckIn(1m)), OkrErrorCodes.CheckInIgnored);

    [Fact]
    public void CheckInIgnored_ActivityKind_ReportedAsWarning() =>
        AssertOne(WithCheckIn(CheckIn(1m), new ActivityKind()), OkrErrorCodes.CheckInIgnored, FirstCheckIn + ".Value", Severity.Warning);

    [Fact]
    public void DueBeforeStart_DueAfterStart_NotReported() =>
        AssertNone(WithWork(WorkItem("w1") with { Start = new DateOnly(2026, 4, 1), Due = new DateOnly(2026, 4, 1) }), OkrErrorCodes.DueBeforeStart);

    [Fact]
    public void DueBeforeStart_WorkItemDueBeforeStart_ReportedAtDue() =>
        AssertOne(WithWork(WorkItem("w1") with { Start = new DateOnly(2026, 4, 10), Due = new DateOnly(2026, 4, 1) }), OkrErrorCodes.DueBeforeStart, FirstWorkItem + ".Due", Severity.Error);

    [Fact]
    public void DueBeforeStart_InitiativeDueBeforeStart_ReportedAtDue()
    {
        var initiative = Initiative("i1") with { Start = new DateOnly(2026, 4, 10), Due = new DateOnly(2026, 4, 1) };
        AssertOne(Validate(WithKeyResult(KeyResult("k1") with { Initiatives = [initiative] })), OkrErrorCodes.DueBeforeStart, "Objectives[0].KeyResults[0].Initiatives[0].Due", Severity.Error);
    }

    [Fact]
    public void DependencyCycle_Chain_NotReported() => AssertNone(WithWork(WorkItem("w1"), WorkItem("w2", "w1"), WorkItem("w3", "w2")), OkrErrorCodes.DependencyCycle);

    [Fact]
    public void DependencyCycle_ThreeItems_NamesTheCycle()
    {
        var failures = WithWork(WorkItem("w1", "w3"), WorkItem("w2", "w1"), WorkItem("w3", "w2"));
        var failure = AssertOne(failures, OkrErrorCodes.DependencyCycle, "Objectives[0].KeyResults[0].Initiatives[0].WorkItems[1].DependsOn[0]", Severity.Error);
        Assert.Contains("w1 -> w3 -> w2 -> w1", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void DependencyCycle_SelfDependency_Reported()
    {
        var plan = new OkrPlan(WithKeyResult(KeyResult("k1") with { Initiatives = [Initiative("i1", WorkItem("w1", "w1"))] }));
        AssertOne(ValidatePlan(plan), OkrErrorCodes.DependencyCycle, FirstWorkItem + ".DependsOn[0]", Severity.Error);
    }

    [Fact]
    public void DoneNotComplete_DoneWithoutPercent_NotReported() =>
        AssertNone(WithWork(WorkItem("w1") with { State = WorkItemState.Done }, WorkItem("w2") with { State = WorkItemState.Done, PercentComplete = 100m }), OkrErrorCodes.DoneNotComplete);

    [Fact]
    public void DoneNotComplete_DoneAtForty_ReportedAtPercentComplete() =>
        AssertOne(WithWork(WorkItem("w1") with { State = WorkItemState.Done, PercentComplete = 40m }), OkrErrorCodes.DoneNotComplete, FirstWorkItem + ".PercentComplete", Severity.Error);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
