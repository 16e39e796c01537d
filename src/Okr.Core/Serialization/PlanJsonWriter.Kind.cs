using System.Text.Json;
using Okr.Core.Scoring;

namespace Okr.Core.Serialization;

/// <content>Writes a key result's kind.</content>
internal static partial class PlanJsonWriter
{
    private static void WriteKind(Utf8JsonWriter w, KeyResultKind kind, UnknownProperties u)
    {
        w.WriteStartObject();
        w.WriteString(JsonName.Type.Utf8, kind.Discriminator);
        switch (kind)
        {
            case LinearKind linear:
                w.WriteString(JsonName.Direction.Utf8, JsonText.EnumName(linear.Direction));
                w.WriteNumber(JsonName.Start.Utf8, linear.Start);
                w.WriteNumber(JsonName.Target.Utf8, linear.Target);
                WriteUnit(w, linear.Unit);
                WriteStartEqualsTarget(w, linear.WhenStartEqualsTarget);
                break;
            case ThresholdKind threshold:
                WriteThreshold(w, threshold);
                break;
            case RangeKind range:
                w.WriteNumber(JsonName.Lower.Utf8, range.Lower);
                w.WriteNumber(JsonName.Upper.Utf8, range.Upper);
                WriteUnit(w, range.Unit);
                break;
            case ControlKpiKind kpi:
                WriteControlKpi(w, kpi);
                break;
            case MilestonesKind milestones:
                WriteMilestones(w, milestones.Milestones, u);
                break;
            case ActivityKind activity:
                if (activity.Method != ActivityMethod.DoneShare)
                {
                    w.WriteString(JsonName.Method.Utf8, JsonText.EnumName(activity.Method));
                }

                if (activity.TargetCount is { } count)
                {
                    w.WriteNumber(JsonName.TargetCount.Utf8, count);
                }

                break;
            case CascadedSumKind sum:
                w.WriteNumber(JsonName.Start.Utf8, sum.Start);
                w.WriteNumber(JsonName.Target.Utf8, sum.Target);
                WriteUnit(w, sum.Unit);
                WriteStartEqualsTarget(w, sum.WhenStartEqualsTarget);
                WriteNotScoredChildren(w, sum.NotScoredChildren);
                break;
            case BaselineKind baseline:
                WriteUnit(w, baseline.Unit);
                break;
        }

        WriteUnknown(w, u, JsonName.Kind.Text);
        w.WriteEndObject();
    }

    private static void WriteThreshold(Utf8JsonWriter w, ThresholdKind threshold)
    {
        w.WriteString(JsonName.Direction.Utf8, JsonText.EnumName(threshold.Direction));
        w.WriteNumber(JsonName.Threshold.Utf8, threshold.Threshold);
        if (threshold.RiskThreshold is { } risk)
        {
            w.WriteNumber(JsonName.RiskThreshold.Utf8, risk);
        }

        if (threshold.Boundary != ThresholdBoundary.OnThresholdFails)
        {
            w.WriteString(JsonName.Boundary.Utf8, JsonText.EnumName(threshold.Boundary));
        }

        WriteUnit(w, threshold.Unit);
    }

    private static void WriteControlKpi(Utf8JsonWriter w, ControlKpiKind kpi)
    {
        w.WriteString(JsonName.Direction.Utf8, JsonText.EnumName(kpi.Direction));
        if (kpi.Direction == ControlKpiDirection.Between)
        {
            w.WriteNumber(JsonName.Lower.Utf8, kpi.Lower!.Value);
            w.WriteNumber(JsonName.Upper.Utf8, kpi.Upper!.Value);
        }
        else
        {
            w.WriteNumber(JsonName.Target.Utf8, kpi.Target);
        }

        w.WriteNumber(JsonName.PlannedCheckIns.Utf8, kpi.PlannedCheckIns);
        if (kpi.Method != ControlKpiMethod.DistanceFromTarget)
        {
            w.WriteString(JsonName.Method.Utf8, JsonText.EnumName(kpi.Method));
        }

        WriteUnit(w, kpi.Unit);
    }

    private static void WriteMilestones(Utf8JsonWriter w, ImmutableArray<Milestone> milestones, UnknownProperties u)
    {
        w.WriteStartArray(JsonName.Milestones.Utf8);
        for (int i = 0; i < milestones.Length; i++)
        {
            var milestone = milestones[i];
            w.WriteStartObject();
            w.WriteString(JsonName.Title.Utf8, milestone.Title);
            w.WriteNumber(JsonName.Weight.Utf8, milestone.Weight);
            WriteUnknown(w, u, u.IsEmpty ? string.Empty : Indexed("kind.milestones", i));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
