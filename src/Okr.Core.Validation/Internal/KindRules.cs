namespace Okr.Core.Validation.Internal;

/// <summary>The rules on a key result's kind: its numbers, its unit and its documented doubtful settings.</summary>
internal static class KindRules
{
    private const decimal MilestoneSumTolerance = 0.000001m;

    /// <summary>Checks a kind; <paramref name="path"/> is the path of the kind itself.</summary>
    public static void Check(KeyResultKind? kind, PathNode path, string? keyResultId, FailureSink sink)
    {
        if (kind is null)
        {
            return;
        }

        Unit(kind.Unit, path, keyResultId, sink);
        switch (kind)
        {
            case LinearKind linear:
                if (linear.Start == linear.Target && linear.WhenStartEqualsTarget != StartEqualsTargetRule.MetWhenAtOrBeyondTarget)
                {
                    sink.Report(OkrRules.StartEqualsTarget, path, "Target", $"{Who(keyResultId)}: the target equals the start ({FailureSink.Inv(linear.Start)}), so progress cannot be measured and the key result is never scored. Choose another target, or choose the rule 'met when at or beyond target' explicitly.", keyResultId, OkrItemKind.KeyResult, linear.Target);
                }

                Percent(linear.Unit, linear.Start, path, "Start", keyResultId, sink);
                Percent(linear.Unit, linear.Target, path, "Target", keyResultId, sink);
                break;
            case CascadedSumKind cascade:
                if (cascade.Start == cascade.Target && cascade.WhenStartEqualsTarget != StartEqualsTargetRule.MetWhenAtOrBeyondTarget)
                {
                    sink.Report(OkrRules.StartEqualsTarget, path, "Target", $"{Who(keyResultId)}: the target of the sum equals the start ({FailureSink.Inv(cascade.Start)}), so progress cannot be measured and the key result is never scored. Choose another target, or choose the rule 'met when at or beyond target' explicitly.", keyResultId, OkrItemKind.KeyResult, cascade.Target);
                }

                Percent(cascade.Unit, cascade.Start, path, "Start", keyResultId, sink);
                Percent(cascade.Unit, cascade.Target, path, "Target", keyResultId, sink);
                break;
            case ThresholdKind threshold:
                if (threshold.RiskThreshold is { } risk && !threshold.HasUsableRiskThreshold)
                {
                    string side = threshold.Direction == ThresholdDirection.StayAbove ? "below" : "above";
                    sink.Report(OkrRules.RiskThresholdWrongSide, path, "RiskThreshold", $"{Who(keyResultId)}: the risk threshold {FailureSink.Inv(risk)} must lie {side} the threshold {FailureSink.Inv(threshold.Threshold)} (on the failing side); as it is, it is ignored.", keyResultId, OkrItemKind.KeyResult, risk);
                }

                Percent(threshold.Unit, threshold.Threshold, path, "Threshold", keyResultId, sink);
                if (threshold.RiskThreshold is { } r)
                {
                    Percent(threshold.Unit, r, path, "RiskThreshold", keyResultId, sink);
                }

                break;
            case RangeKind range:
                if (range.Lower > range.Upper)
                {
                    sink.Report(OkrRules.RangeEmpty, path, "Upper", $"{Who(keyResultId)}: the range is empty: the lower bound {FailureSink.Inv(range.Lower)} is above the upper bound {FailureSink.Inv(range.Upper)}, so no value can pass and the key result is never scored.", keyResultId, OkrItemKind.KeyResult, range.Upper);
                }
                else if (range.Lower == range.Upper)
                {
                    sink.Report(OkrRules.RangeSingleValue, path, "Upper", $"{Who(keyResultId)}: the lower and upper bounds are both {FailureSink.Inv(range.Lower)}, so only that exact value passes.", keyResultId, OkrItemKind.KeyResult, range.Upper);
                }

                Percent(range.Unit, range.Lower, path, "Lower", keyResultId, sink);
                Percent(range.Unit, range.Upper, path, "Upper", keyResultId, sink);
                break;
            case ControlKpiKind kpi:
                if (kpi.PlannedCheckIns <= 0)
                {
                    sink.Report(OkrRules.PlannedCheckInsNotPositive, path, "PlannedCheckIns", $"{Who(keyResultId)}: a control KPI needs a positive number of planned check-ins; it has {kpi.PlannedCheckIns.ToString(CultureInfo.InvariantCulture)}.", keyResultId, OkrItemKind.KeyResult, kpi.PlannedCheckIns);
                }

                if (kpi.Target == 0m && kpi.Method != ControlKpiMethod.SuccessfulCheckInShare && kpi.Direction != ControlKpiDirection.Between)
                {
                    sink.Report(OkrRules.ControlKpiTargetZero, path, "Target", $"{Who(keyResultId)}: the control KPI is scored as a ratio to its target, and the target is 0, so it is never scored.", keyResultId, OkrItemKind.KeyResult, kpi.Target);
                }

                Percent(kpi.Unit, kpi.Target, path, "Target", keyResultId, sink);
                break;
            case MilestonesKind milestones:
                Milestones(milestones, path, keyResultId, sink);
                break;
        }
    }

    /// <summary>Checks a unit's currency code.</summary>
    public static void Unit(MetricUnit unit, PathNode path, string? itemId, FailureSink sink, OkrItemKind kind = OkrItemKind.KeyResult)
    {
        if (unit.Kind == UnitKind.Currency && !Iso4217.IsActive(unit.CurrencyCode))
        {
            sink.Report(OkrRules.CurrencyUnknown, path, "Unit", $"{Who(itemId, kind)}: '{unit.CurrencyCode}' is not an active ISO 4217 currency code.", itemId, kind, unit.CurrencyCode);
        }
    }

    public static string Who(string? id, OkrItemKind kind = OkrItemKind.KeyResult)
    {
        string noun = kind switch
        {
            OkrItemKind.Objective => "Objective",
            OkrItemKind.KeyResult => "Key result",
            OkrItemKind.Initiative => "Initiative",
            _ => "Work item",
        };
        return id is null ? noun : $"{noun} '{id}'";
    }

    private static void Percent(MetricUnit unit, decimal value, PathNode path, string member, string? keyResultId, FailureSink sink)
    {
        if (unit.Kind == UnitKind.Percent && value is < 0m or > 100m)
        {
            sink.Report(OkrRules.PercentOutOfRange, path, member, $"{Who(keyResultId)}: {member.ToLowerInvariant()} {FailureSink.Inv(value)} is a percentage and must lie between 0 and 100.", keyResultId, OkrItemKind.KeyResult, value);
        }
    }

    private static void Milestones(MilestonesKind kind, PathNode path, string? keyResultId, FailureSink sink)
    {
        decimal total = 0m;
        bool overflow = false;
        foreach (var milestone in kind.Milestones)
        {
            try
            {
                total += milestone.Weight;
            }
            catch (OverflowException)
            {
                overflow = true;
                break;
            }
        }

        if (!overflow && total == 0m)
        {
            sink.Report(OkrRules.MilestoneWeightsZero, path, "Milestones", $"{Who(keyResultId)}: every milestone weighs 0, so the key result is never scored.", keyResultId, OkrItemKind.KeyResult, total);
        }
        else if (overflow || Math.Abs(total - 1m) > MilestoneSumTolerance)
        {
            string sum = overflow ? "more than decimal can hold" : FailureSink.Inv(total);
            sink.Report(OkrRules.MilestoneWeightsNotOne, path, "Milestones", $"{Who(keyResultId)}: the milestones' weights sum to {sum}, not 1; progress is normalised by their total.", keyResultId, OkrItemKind.KeyResult, overflow ? null : total);
        }
    }
}
