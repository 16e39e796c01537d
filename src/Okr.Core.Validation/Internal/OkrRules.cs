namespace Okr.Core.Validation.Internal;

/// <summary>Every rule with its severity; the codes are documented on <see cref="OkrErrorCodes"/>.</summary>
internal static class OkrRules
{
    public static readonly OkrRule IdMissing = new(OkrErrorCodes.IdMissing, Severity.Error);
    public static readonly OkrRule ItemNull = new(OkrErrorCodes.ItemNull, Severity.Error);
    public static readonly OkrRule IdDuplicate = new(OkrErrorCodes.IdDuplicate, Severity.Error);
    public static readonly OkrRule ReferenceDangling = new(OkrErrorCodes.ReferenceDangling, Severity.Error);
    public static readonly OkrRule AlignmentCycle = new(OkrErrorCodes.AlignmentCycle, Severity.Error);
    public static readonly OkrRule PeriodOutsideParent = new(OkrErrorCodes.PeriodOutsideParent, Severity.Error);
    public static readonly OkrRule OwnerMissing = new(OkrErrorCodes.OwnerMissing, Severity.Error);
    public static readonly OkrRule StartEqualsTarget = new(OkrErrorCodes.StartEqualsTarget, Severity.Error);
    public static readonly OkrRule RiskThresholdWrongSide = new(OkrErrorCodes.RiskThresholdWrongSide, Severity.Error);
    public static readonly OkrRule RangeEmpty = new(OkrErrorCodes.RangeEmpty, Severity.Error);
    public static readonly OkrRule RangeSingleValue = new(OkrErrorCodes.RangeSingleValue, Severity.Warning);
    public static readonly OkrRule MilestoneWeightsNotOne = new(OkrErrorCodes.MilestoneWeightsNotOne, Severity.Warning);
    public static readonly OkrRule MilestoneWeightsZero = new(OkrErrorCodes.MilestoneWeightsZero, Severity.Error);
    public static readonly OkrRule PlannedCheckInsNotPositive = new(OkrErrorCodes.PlannedCheckInsNotPositive, Severity.Error);
    public static readonly OkrRule ControlKpiTargetZero = new(OkrErrorCodes.ControlKpiTargetZero, Severity.Error);
    public static readonly OkrRule CurrencyUnknown = new(OkrErrorCodes.CurrencyUnknown, Severity.Error);
    public static readonly OkrRule PercentOutOfRange = new(OkrErrorCodes.PercentOutOfRange, Severity.Error);
    public static readonly OkrRule CascadeUnitMismatch = new(OkrErrorCodes.CascadeUnitMismatch, Severity.Error);
    public static readonly OkrRule CascadeParentNotSum = new(OkrErrorCodes.CascadeParentNotSum, Severity.Warning);
    public static readonly OkrRule PhasedTargetOutsidePeriod = new(OkrErrorCodes.PhasedTargetOutsidePeriod, Severity.Warning);
    public static readonly OkrRule NoContributingChild = new(OkrErrorCodes.NoContributingChild, Severity.Warning);
    public static readonly OkrRule FloorAboveCap = new(OkrErrorCodes.FloorAboveCap, Severity.Error);
    public static readonly OkrRule SharesNotHundred = new(OkrErrorCodes.SharesNotHundred, Severity.Error);
    public static readonly OkrRule NoShareLeft = new(OkrErrorCodes.NoShareLeft, Severity.Warning);
    public static readonly OkrRule WeightNegative = new(OkrErrorCodes.WeightNegative, Severity.Error);
    public static readonly OkrRule CheckInOutsidePeriod = new(OkrErrorCodes.CheckInOutsidePeriod, Severity.Warning);
    public static readonly OkrRule CheckInInFuture = new(OkrErrorCodes.CheckInInFuture, Severity.Error);
    public static readonly OkrRule ConfidenceOutOfRange = new(OkrErrorCodes.ConfidenceOutOfRange, Severity.Error);
    public static readonly OkrRule CheckInValueUnit = new(OkrErrorCodes.CheckInValueUnit, Severity.Error);
    public static readonly OkrRule CheckInIgnored = new(OkrErrorCodes.CheckInIgnored, Severity.Warning);
    public static readonly OkrRule DueBeforeStart = new(OkrErrorCodes.DueBeforeStart, Severity.Error);
    public static readonly OkrRule DependencyCycle = new(OkrErrorCodes.DependencyCycle, Severity.Error);
    public static readonly OkrRule PercentCompleteOutOfRange = new(OkrErrorCodes.PercentCompleteOutOfRange, Severity.Error);
    public static readonly OkrRule DoneNotComplete = new(OkrErrorCodes.DoneNotComplete, Severity.Error);
    public static readonly OkrRule TooManyKeyResults = new(OkrErrorCodes.TooManyKeyResults, Severity.Warning);
    public static readonly OkrRule NoKeyResults = new(OkrErrorCodes.NoKeyResults, Severity.Warning);
    public static readonly OkrRule AspirationalFullScore = new(OkrErrorCodes.AspirationalFullScore, Severity.Warning);
}
