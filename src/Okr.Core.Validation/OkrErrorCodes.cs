namespace Okr.Core.Validation;

/// <summary>
/// The stable error codes of the OKR rules, in <see cref="ValidationFailure.ErrorCode"/>. Each code keeps its meaning
/// and severity across versions; new rules get new codes. The severity of each is given in its description.
/// </summary>
public static class OkrErrorCodes
{
    /// <summary>Error: an item's id (or a required title) is missing or blank. The core refuses these, so this is reported
    /// only for items built around it (for example by reflection or by a lenient reader).</summary>
    public const string IdMissing = "okr.id.missing";

    /// <summary>Error: an item of the collection is null.</summary>
    public const string ItemNull = "okr.item.null";

    /// <summary>Error: two items share an id; ids must be unique across the whole plan. Reported on every item after the first.</summary>
    public const string IdDuplicate = "okr.id.duplicate";

    /// <summary>Error: an alignment, cascade parent or dependency names an item that does not exist or is of the wrong kind.</summary>
    public const string ReferenceDangling = "okr.reference.dangling";

    /// <summary>Error: alignment or cascading forms a cycle; the message names it.</summary>
    public const string AlignmentCycle = "okr.alignment.cycle";

    /// <summary>Error: an aligned objective's period does not lie within the period of its parent (the parent objective,
    /// or the objective of the parent key result).</summary>
    public const string PeriodOutsideParent = "okr.alignment.period-outside-parent";

    /// <summary>Error: an objective or key result has no owner while <see cref="PlanValidationOptions.RequireOwners"/> is set.</summary>
    public const string OwnerMissing = "okr.owner.missing";

    /// <summary>Error: a linear or cascaded-sum key result's start equals its target and the rule
    /// <see cref="StartEqualsTargetRule.MetWhenAtOrBeyondTarget"/> was not chosen, so it is never scored.</summary>
    public const string StartEqualsTarget = "okr.kr.start-equals-target";

    /// <summary>Error: a threshold key result's risk threshold is not on the failing side of the threshold, so it is ignored.</summary>
    public const string RiskThresholdWrongSide = "okr.kr.risk-threshold-wrong-side";

    /// <summary>Error: a range key result's lower bound is above its upper bound: no value can pass and it is never scored.</summary>
    public const string RangeEmpty = "okr.kr.range-empty";

    /// <summary>Warning: a range key result's bounds are equal: only that exact value passes.</summary>
    public const string RangeSingleValue = "okr.kr.range-single-value";

    /// <summary>Warning: a milestones key result's weights do not sum to 1; progress is normalised by their total.</summary>
    public const string MilestoneWeightsNotOne = "okr.kr.milestone-weights-sum";

    /// <summary>Error: every milestone weighs 0, so the key result is never scored.</summary>
    public const string MilestoneWeightsZero = "okr.kr.milestone-weights-zero";

    /// <summary>Error: a control KPI plans no check-ins (zero or fewer).</summary>
    public const string PlannedCheckInsNotPositive = "okr.kr.planned-check-ins";

    /// <summary>Error: a control KPI scored by distance or ratio to its target has a target of 0, so it is never scored.</summary>
    public const string ControlKpiTargetZero = "okr.kr.control-kpi-target-zero";

    /// <summary>Error: a currency unit's code is not an active ISO 4217 code.</summary>
    public const string CurrencyUnknown = "okr.unit.currency-unknown";

    /// <summary>Error: a value in percent (start, target, threshold, bound) is outside 0 to 100.</summary>
    public const string PercentOutOfRange = "okr.unit.percent-out-of-range";

    /// <summary>Error: a key result cascades into a cascaded-sum parent of another unit.</summary>
    public const string CascadeUnitMismatch = "okr.kr.cascade-unit-mismatch";

    /// <summary>Warning: a key result cascades into a parent that is not a cascaded sum, which ignores it.</summary>
    public const string CascadeParentNotSum = "okr.kr.cascade-parent-not-sum";

    /// <summary>Warning: a phased target's day lies outside the objective's period.</summary>
    public const string PhasedTargetOutsidePeriod = "okr.kr.phased-target-outside-period";

    /// <summary>Warning: a roll-up has children but none that contributes (all opted out, weighted 0 or excluded), so it is
    /// not scored; also an activity key result with no counting work item, or a cascaded sum with no child.</summary>
    public const string NoContributingChild = "okr.rollup.no-contributing-child";

    /// <summary>Error: an objective's roll-up settings floor children above the cap.</summary>
    public const string FloorAboveCap = "okr.rollup.floor-above-cap";

    /// <summary>Error: fixed shares among siblings sum above 100%, or, when every counting sibling has a fixed share, do not sum to 100%
    /// (within <see cref="PlanValidationOptions.ShareTolerancePercent"/>).</summary>
    public const string SharesNotHundred = "okr.weight.shares-sum";

    /// <summary>Warning: fixed shares take the whole 100%, so siblings weighted by multiplier get nothing.</summary>
    public const string NoShareLeft = "okr.weight.no-share-left";

    /// <summary>Error: a weight is negative (reusable rule for input models; the core refuses it).</summary>
    public const string WeightNegative = "okr.weight.negative";

    /// <summary>Warning: a check-in's day lies outside its key result's period (its objective's period); it still counts.</summary>
    public const string CheckInOutsidePeriod = "okr.checkin.outside-period";

    /// <summary>Error: a check-in lies in the future relative to the clock in <see cref="PlanValidationOptions"/>.</summary>
    public const string CheckInInFuture = "okr.checkin.in-future";

    /// <summary>Error: a check-in's confidence is outside 0 to 1 (reusable rule for input models; the core refuses it).</summary>
    public const string ConfidenceOutOfRange = "okr.checkin.confidence-range";

    /// <summary>Error: a check-in's value does not fit its key result's unit: a binary value other than 0 or 1, a milestone count
    /// that is not a whole number from 0 to the number of milestones, a percentage outside 0 to 100.</summary>
    public const string CheckInValueUnit = "okr.checkin.value-unit";

    /// <summary>Warning: the key result's kind ignores check-ins (activity-based and cascaded-sum key results compute their value).</summary>
    public const string CheckInIgnored = "okr.checkin.ignored";

    /// <summary>Error: an initiative or work item is due before it starts.</summary>
    public const string DueBeforeStart = "okr.task.due-before-start";

    /// <summary>Error: work item dependencies form a cycle; the message names it.</summary>
    public const string DependencyCycle = "okr.task.dependency-cycle";

    /// <summary>Error: a percent complete is outside 0 to 100 (reusable rule for input models; the core refuses it).</summary>
    public const string PercentCompleteOutOfRange = "okr.task.percent-complete-range";

    /// <summary>Error: a work item is done but its percent complete says otherwise.</summary>
    public const string DoneNotComplete = "okr.task.done-not-complete";

    /// <summary>Warning: an objective has more key results than <see cref="PlanValidationOptions.MaxKeyResultsPerObjective"/>.</summary>
    public const string TooManyKeyResults = "okr.objective.too-many-key-results";

    /// <summary>Warning: an objective has no key results.</summary>
    public const string NoKeyResults = "okr.objective.no-key-results";

    /// <summary>Warning: an aspirational objective is scored 1.0; stretch goals met in full were probably not ambitious enough.</summary>
    public const string AspirationalFullScore = "okr.objective.aspirational-full-score";
}
