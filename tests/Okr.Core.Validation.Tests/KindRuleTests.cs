using FluentValidation;
using static Okr.Core.Validation.Tests.Sample;

namespace Okr.Core.Validation.Tests;

public sealed class KindRuleTests
{
    private const string Kind = "Objectives[0].KeyResults[0].Kind";

    private static List<FluentValidation.Results.ValidationFailure> ValidateKind(KeyResultKind kind) => Validate(WithKeyResult(KeyResult("k1", kind)));

    [Fact]
    public void StartEqualsTarget_DistinctTarget_NotReported() => AssertNone(ValidateKind(KeyResultKind.Decrease(10m, 5m)), OkrErrorCodes.StartEqualsTarget);

    [Fact]
    public void StartEqualsTarget_RuleChosenExplicitly_NotReported() =>
        AssertNone(ValidateKind(new LinearKind(LinearDirection.Increase, 5m, 5m, default, StartEqualsTargetRule.MetWhenAtOrBeyondTarget)), OkrErrorCodes.StartEqualsTarget);

    [Fact]
    public void StartEqualsTarget_DefaultRule_ReportedAtTarget() =>
        AssertOne(ValidateKind(KeyResultKind.Increase(5m, 5m)), OkrErrorCodes.StartEqualsTarget, Kind + ".Target", Severity.Error);

    [Fact]
    public void StartEqualsTarget_ReachZero_Reported() =>
        AssertOne(ValidateKind(KeyResultKind.Reach(0m)), OkrErrorCodes.StartEqualsTarget, Kind + ".Target", Severity.Error);

    [Fact]
    public void RiskThresholdWrongSide_FailingSide_NotReported() =>
        AssertNone(ValidateKind(new ThresholdKind(ThresholdDirection.StayAbove, 100m, 80m)), OkrErrorCodes.RiskThresholdWrongSide);

    [Fact]
    public void RiskThresholdWrongSide_PassingSide_ReportedAtRiskThreshold() =>
        AssertOne(ValidateKind(new ThresholdKind(ThresholdDirection.StayBelow, 100m, 80m)), OkrErrorCodes.RiskThresholdWrongSide, Kind + ".RiskThreshold", Severity.Error);

    [Fact]
    public void RangeEmpty_LowerBelowUpper_NotReported()
    {
        var failures = ValidateKind(new RangeKind(1m, 2m));
        AssertNone(failures, OkrErrorCodes.RangeEmpty);
        AssertNone(failures, OkrErrorCodes.RangeSingleValue);
    }

    [Fact]
    public void RangeEmpty_LowerAboveUpper_ReportedAtUpper() =>
        AssertOne(ValidateKind(new RangeKind(5m, 2m)), OkrErrorCodes.RangeEmpty, Kind + ".Upper", Severity.Error);

    [Fact]
    public void RangeSingleValue_EqualBounds_ReportedAsWarning() =>
        AssertOne(ValidateKind(new RangeKind(2m, 2m)), OkrErrorCodes.RangeSingleValue, Kind + ".Upper", Severity.Warning);

    [Fact]
    public void MilestoneWeights_SumToOne_NotReported()
    {
        var failures = ValidateKind(new MilestonesKind([new("a", 0.2m), new("b", 0.3m), new("c", 0.5m)]));
        AssertNone(failures, OkrErrorCodes.MilestoneWeightsNotOne);
        AssertNone(failures, OkrErrorCodes.MilestoneWeightsZero);
    }

    [Fact]
    public void MilestoneWeightsNotOne_SumOfThree_ReportedAsWarning() =>
        AssertOne(ValidateKind(new MilestonesKind([new("a", 1m), new("b", 2m)])), OkrErrorCodes.MilestoneWeightsNotOne, Kind + ".Milestones", Severity.Warning);

    [Fact]
    public void MilestoneWeightsZero_AllZero_ReportedAsError() =>
        AssertOne(ValidateKind(new MilestonesKind([new("a", 0m)])), OkrErrorCodes.MilestoneWeightsZero, Kind + ".Milestones", Severity.Error);

    [Fact]
    public void PlannedCheckIns_Positive_NotReported() =>
        AssertNone(ValidateKind(new ControlKpiKind(ControlKpiDirection.AtLeast, 5m, 12)), OkrErrorCodes.PlannedCheckInsNotPositive);

    [Fact]
    public void PlannedCheckIns_Zero_ReportedAtPlannedCheckIns() =>
        AssertOne(ValidateKind(new ControlKpiKind(ControlKpiDirection.AtLeast, 5m, 0)), OkrErrorCodes.PlannedCheckInsNotPositive, Kind + ".PlannedCheckIns", Severity.Error);

    [Fact]
    public void ControlKpiTargetZero_ShareMethod_NotReported() =>
        AssertNone(ValidateKind(new ControlKpiKind(ControlKpiDirection.AtMost, 0m, 4, ControlKpiMethod.SuccessfulCheckInShare)), OkrErrorCodes.ControlKpiTargetZero);

    [Fact]
    public void ControlKpiTargetZero_DistanceMethod_ReportedAtTarget() =>
        AssertOne(ValidateKind(new ControlKpiKind(ControlKpiDirection.AtMost, 0m, 4)), OkrErrorCodes.ControlKpiTargetZero, Kind + ".Target", Severity.Error);

    [Fact]
    public void CurrencyUnknown_Eur_NotReported() =>
        AssertNone(ValidateKind(KeyResultKind.Increase(0m, 10m, MetricUnit.Currency("eur"))), OkrErrorCodes.CurrencyUnknown);

    [Fact]
    public void CurrencyUnknown_MadeUpCode_ReportedAtUnit() =>
        AssertOne(ValidateKind(KeyResultKind.Increase(0m, 10m, MetricUnit.Currency("ABC"))), OkrErrorCodes.CurrencyUnknown, Kind + ".Unit", Severity.Error);

    [Fact]
    public void CurrencyUnknown_ObjectiveScale_ReportedAtScaleUnit()
    {
        var objective = Objective("o1", KeyResult("k1")) with { Scale = new MeasureScale(0m, 1m, MetricUnit.Currency("QQQ")) };
        AssertOne(Validate(objective), OkrErrorCodes.CurrencyUnknown, "Objectives[0].Scale.Unit", Severity.Error);
    }

    [Fact]
    public void PercentOutOfRange_WithinHundred_NotReported() =>
        AssertNone(ValidateKind(KeyResultKind.Increase(20m, 80m, MetricUnit.Percent)), OkrErrorCodes.PercentOutOfRange);

    [Fact]
    public void PercentOutOfRange_TargetAboveHundred_ReportedAtTarget() =>
        AssertOne(ValidateKind(KeyResultKind.Increase(20m, 150m, MetricUnit.Percent)), OkrErrorCodes.PercentOutOfRange, Kind + ".Target", Severity.Error);

    [Fact]
    public void CascadeUnitMismatch_SameUnit_NotReported()
    {
        var parent = KeyResult("sum", new CascadedSumKind(0m, 100m));
        var child = KeyResult("part") with { ParentKeyResultId = "sum" };
        var failures = Validate(Objective("o1", parent, child));
        AssertNone(failures, OkrErrorCodes.CascadeUnitMismatch);
        AssertNone(failures, OkrErrorCodes.CascadeParentNotSum);
        AssertNone(failures, OkrErrorCodes.NoContributingChild);
    }

    [Fact]
    public void CascadeUnitMismatch_OtherUnit_ReportedOnTheChild()
    {
        var parent = KeyResult("sum", new CascadedSumKind(0m, 100m, MetricUnit.Currency("EUR")));
        var child = KeyResult("part", KeyResultKind.Increase(0m, 10m, MetricUnit.Currency("USD"))) with { ParentKeyResultId = "sum" };
        AssertOne(Validate(Objective("o1", parent, child)), OkrErrorCodes.CascadeUnitMismatch, "Objectives[0].KeyResults[1].ParentKeyResultId", Severity.Error);
    }

    [Fact]
    public void CascadeParentNotSum_LinearParent_ReportedAsWarning()
    {
        var child = KeyResult("part") with { ParentKeyResultId = "k0" };
        AssertOne(Validate(Objective("o1", KeyResult("k0"), child)), OkrErrorCodes.CascadeParentNotSum, "Objectives[0].KeyResults[1].ParentKeyResultId", Severity.Warning);
    }

    [Fact]
    public void PhasedTargetOutsidePeriod_Inside_NotReported() =>
        AssertNone(Validate(WithKeyResult(KeyResult("k1") with { PhasedTargets = [new(new DateOnly(2026, 5, 1), 3m)] })), OkrErrorCodes.PhasedTargetOutsidePeriod);

    [Fact]
    public void PhasedTargetOutsidePeriod_AfterPeriod_ReportedAtDay() =>
        AssertOne(Validate(WithKeyResult(KeyResult("k1") with { PhasedTargets = [new(new DateOnly(2026, 8, 1), 3m)] })), OkrErrorCodes.PhasedTargetOutsidePeriod, "Objectives[0].KeyResults[0].PhasedTargets[0].Day", Severity.Warning);
}
