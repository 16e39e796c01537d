using System.Text.Json;
using Okr.Core.Scoring;

namespace Okr.Core.Serialization;

/// <summary>
/// Writes a plan in the interchange format. Canonical output: properties in a fixed order, properties equal to their
/// documented default left out, unknown properties after the known ones of their object, in their original order.
/// The format's nesting is fixed, so the writer's depth does not follow user data.
/// </summary>
internal static class PlanJsonWriter
{
    public static void Write(Utf8JsonWriter w, OkrPlan plan)
    {
        var unknown = plan.UnknownProperties;
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", JsonText.SchemaVersion);
        if (!plan.Scoring.Equals(ScoringConfiguration.Default) || HasScope(unknown, "scoring", prefix: true))
        {
            w.WritePropertyName("scoring");
            WriteScoring(w, plan.Scoring, unknown);
        }

        if (!plan.Objectives.IsEmpty)
        {
            w.WriteStartArray("objectives");
            foreach (var objective in plan.Objectives)
            {
                WriteObjective(w, objective);
            }

            w.WriteEndArray();
        }

        WriteUnknown(w, unknown, string.Empty);
        w.WriteEndObject();
    }

    private static void WriteScoring(Utf8JsonWriter w, ScoringConfiguration scoring, UnknownProperties unknown)
    {
        var d = ScoringConfiguration.Default;
        w.WriteStartObject();
        if (!scoring.Progress.Equals(d.Progress))
        {
            WriteStrategy(w, "progress", scoring.Progress, unknown, "scoring.progress");
        }

        if (!scoring.ProgressByKind.IsEmpty)
        {
            w.WriteStartObject("progressByKind");
            foreach (var entry in scoring.ProgressByKind.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                WriteStrategy(w, entry.Key, entry.Value, unknown, "scoring.progressByKind." + entry.Key);
            }

            w.WriteEndObject();
        }

        if (!scoring.Rollup.Equals(d.Rollup))
        {
            WriteStrategy(w, "rollup", scoring.Rollup, unknown, "scoring.rollup");
        }

        if (!scoring.DefaultRollup.Equals(d.DefaultRollup) || HasScope(unknown, "scoring.defaultRollup", prefix: true))
        {
            w.WritePropertyName("defaultRollup");
            WriteRollupSettings(w, scoring.DefaultRollup, unknown, "scoring.defaultRollup");
        }

        if (!scoring.KeyResultStatus.Equals(d.KeyResultStatus))
        {
            WriteStrategy(w, "keyResultStatus", scoring.KeyResultStatus, unknown, "scoring.keyResultStatus");
        }

        if (!scoring.ObjectiveStatus.Equals(d.ObjectiveStatus))
        {
            WriteStrategy(w, "objectiveStatus", scoring.ObjectiveStatus, unknown, "scoring.objectiveStatus");
        }

        if (!scoring.Score.Equals(d.Score))
        {
            WriteStrategy(w, "score", scoring.Score, unknown, "scoring.score");
        }

        WriteUnknown(w, unknown, "scoring");
        w.WriteEndObject();
    }

    private static void WriteObjective(Utf8JsonWriter w, Objective o)
    {
        var u = o.UnknownProperties;
        w.WriteStartObject();
        w.WriteString("id", o.Id);
        w.WriteString("title", o.Title);
        w.WritePropertyName("period");
        w.WriteStartObject();
        w.WriteString("start", JsonText.Day(o.Period.Start));
        w.WriteString("end", JsonText.Day(o.Period.End));
        WriteUnknown(w, u, "period");
        w.WriteEndObject();
        WriteOptionalString(w, "description", o.Description);
        WriteOptionalString(w, "owner", o.Owner);
        if (o.Type != ObjectiveType.Committed)
        {
            w.WriteString("type", JsonText.EnumName(o.Type));
        }

        if (o.Alignment.Kind != AlignmentKind.None)
        {
            w.WriteStartObject("alignment");
            w.WriteString("kind", JsonText.EnumName(o.Alignment.Kind));
            w.WriteString("targetId", o.Alignment.TargetId);
            WriteUnknown(w, u, "alignment");
            w.WriteEndObject();
        }

        WriteWeight(w, o.Weight, u);
        WriteContributes(w, o.Contributes);
        if (o.Rollup is { } rollup)
        {
            w.WritePropertyName("rollup");
            WriteRollupSettings(w, rollup, u, "rollup");
        }

        if (o.Scale is { } scale)
        {
            w.WriteStartObject("scale");
            w.WriteNumber("start", scale.Start);
            w.WriteNumber("target", scale.Target);
            WriteUnit(w, scale.Unit);
            WriteUnknown(w, u, "scale");
            w.WriteEndObject();
        }

        WriteProgressOverride(w, o.ProgressOverride, u);
        WriteScoreOverride(w, o.ScoreOverride, u);
        WriteOptionalDay(w, "closedOn", o.ClosedOn);
        if (!o.KeyResults.IsEmpty)
        {
            w.WriteStartArray("keyResults");
            foreach (var keyResult in o.KeyResults)
            {
                WriteKeyResult(w, keyResult);
            }

            w.WriteEndArray();
        }

        WriteUnknown(w, u, string.Empty);
        w.WriteEndObject();
    }

    private static void WriteKeyResult(Utf8JsonWriter w, KeyResult k)
    {
        var u = k.UnknownProperties;
        w.WriteStartObject();
        w.WriteString("id", k.Id);
        w.WriteString("title", k.Title);
        w.WritePropertyName("kind");
        WriteKind(w, k.Kind, u);
        WriteOptionalString(w, "description", k.Description);
        WriteOptionalString(w, "owner", k.Owner);
        WriteWeight(w, k.Weight, u);
        WriteContributes(w, k.Contributes);
        WriteOptionalString(w, "parentKeyResultId", k.ParentKeyResultId);
        if (k.ProgressStrategy is { } strategy)
        {
            WriteStrategy(w, "progressStrategy", strategy, u, "progressStrategy");
        }

        WriteProgressOverride(w, k.ProgressOverride, u);
        WriteScoreOverride(w, k.ScoreOverride, u);
        if (!k.PhasedTargets.IsEmpty)
        {
            w.WriteStartArray("phasedTargets");
            for (int i = 0; i < k.PhasedTargets.Length; i++)
            {
                var phase = k.PhasedTargets[i];
                w.WriteStartObject();
                w.WriteString("day", JsonText.Day(phase.Day));
                w.WriteNumber("expectedValue", phase.ExpectedValue);
                WriteUnknown(w, u, u.IsEmpty ? string.Empty : Indexed("phasedTargets", i));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (!k.CheckIns.IsEmpty)
        {
            w.WriteStartArray("checkIns");
            foreach (var checkIn in k.CheckIns)
            {
                WriteCheckIn(w, checkIn);
            }

            w.WriteEndArray();
        }

        if (!k.Initiatives.IsEmpty)
        {
            w.WriteStartArray("initiatives");
            foreach (var initiative in k.Initiatives)
            {
                WriteInitiative(w, initiative);
            }

            w.WriteEndArray();
        }

        WriteUnknown(w, u, string.Empty);
        w.WriteEndObject();
    }

    private static void WriteKind(Utf8JsonWriter w, KeyResultKind kind, UnknownProperties u)
    {
        w.WriteStartObject();
        w.WriteString("type", kind.Discriminator);
        switch (kind)
        {
            case LinearKind linear:
                w.WriteString("direction", JsonText.EnumName(linear.Direction));
                w.WriteNumber("start", linear.Start);
                w.WriteNumber("target", linear.Target);
                WriteUnit(w, linear.Unit);
                WriteStartEqualsTarget(w, linear.WhenStartEqualsTarget);
                break;
            case ThresholdKind threshold:
                w.WriteString("direction", JsonText.EnumName(threshold.Direction));
                w.WriteNumber("threshold", threshold.Threshold);
                if (threshold.RiskThreshold is { } risk)
                {
                    w.WriteNumber("riskThreshold", risk);
                }

                if (threshold.Boundary != ThresholdBoundary.OnThresholdFails)
                {
                    w.WriteString("boundary", JsonText.EnumName(threshold.Boundary));
                }

                WriteUnit(w, threshold.Unit);
                break;
            case RangeKind range:
                w.WriteNumber("lower", range.Lower);
                w.WriteNumber("upper", range.Upper);
                WriteUnit(w, range.Unit);
                break;
            case ControlKpiKind kpi:
                w.WriteString("direction", JsonText.EnumName(kpi.Direction));
                w.WriteNumber("target", kpi.Target);
                w.WriteNumber("plannedCheckIns", kpi.PlannedCheckIns);
                if (kpi.Method != ControlKpiMethod.DistanceFromTarget)
                {
                    w.WriteString("method", JsonText.EnumName(kpi.Method));
                }

                WriteUnit(w, kpi.Unit);
                break;
            case MilestonesKind milestones:
                w.WriteStartArray("milestones");
                for (int i = 0; i < milestones.Milestones.Length; i++)
                {
                    var milestone = milestones.Milestones[i];
                    w.WriteStartObject();
                    w.WriteString("title", milestone.Title);
                    w.WriteNumber("weight", milestone.Weight);
                    WriteUnknown(w, u, u.IsEmpty ? string.Empty : Indexed("kind.milestones", i));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                break;
            case ActivityKind activity:
                if (activity.Method != ActivityMethod.DoneShare)
                {
                    w.WriteString("method", JsonText.EnumName(activity.Method));
                }

                if (activity.TargetCount is { } count)
                {
                    w.WriteNumber("targetCount", count);
                }

                break;
            case CascadedSumKind sum:
                w.WriteNumber("start", sum.Start);
                w.WriteNumber("target", sum.Target);
                WriteUnit(w, sum.Unit);
                WriteStartEqualsTarget(w, sum.WhenStartEqualsTarget);
                break;
            case BaselineKind baseline:
                WriteUnit(w, baseline.Unit);
                break;
        }

        WriteUnknown(w, u, "kind");
        w.WriteEndObject();
    }

    private static void WriteCheckIn(Utf8JsonWriter w, CheckIn c)
    {
        w.WriteStartObject();
        w.WriteString("at", c.At);
        w.WriteNumber("value", c.Value);
        if (c.Confidence is { } confidence)
        {
            w.WriteNumber("confidence", confidence);
        }

        if (c.Status is { } status)
        {
            w.WriteString("status", JsonText.EnumName(status));
        }

        WriteOptionalString(w, "note", c.Note);
        WriteOptionalString(w, "author", c.Author);
        if (c.Source != CheckInSource.Person)
        {
            w.WriteString("source", JsonText.EnumName(c.Source));
        }

        WriteUnknown(w, c.UnknownProperties, string.Empty);
        w.WriteEndObject();
    }

    private static void WriteInitiative(Utf8JsonWriter w, Initiative i)
    {
        var u = i.UnknownProperties;
        w.WriteStartObject();
        w.WriteString("id", i.Id);
        w.WriteString("title", i.Title);
        WriteOptionalString(w, "owner", i.Owner);
        WriteOptionalDay(w, "start", i.Start);
        WriteOptionalDay(w, "due", i.Due);
        WriteWeight(w, i.Weight, u);
        WriteContributes(w, i.Contributes);
        if (i.PercentComplete is { } percent)
        {
            w.WriteNumber("percentComplete", percent);
        }

        WriteLink(w, i.Link, u);
        if (!i.WorkItems.IsEmpty)
        {
            w.WriteStartArray("workItems");
            foreach (var workItem in i.WorkItems)
            {
                WriteWorkItem(w, workItem);
            }

            w.WriteEndArray();
        }

        WriteUnknown(w, u, string.Empty);
        w.WriteEndObject();
    }

    private static void WriteWorkItem(Utf8JsonWriter w, WorkItem t)
    {
        var u = t.UnknownProperties;
        w.WriteStartObject();
        w.WriteString("id", t.Id);
        w.WriteString("title", t.Title);
        if (t.State != WorkItemState.NotStarted)
        {
            w.WriteString("state", JsonText.EnumName(t.State));
        }

        if (t.PercentComplete is { } percent)
        {
            w.WriteNumber("percentComplete", percent);
        }

        if (t.Effort is { } effort)
        {
            w.WriteNumber("effort", effort);
        }

        WriteOptionalDay(w, "start", t.Start);
        WriteOptionalDay(w, "due", t.Due);
        WriteOptionalDay(w, "completedOn", t.CompletedOn);
        WriteOptionalString(w, "assignee", t.Assignee);
        if (!t.DependsOn.IsEmpty)
        {
            w.WriteStartArray("dependsOn");
            foreach (var id in t.DependsOn)
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
        }

        WriteLink(w, t.Link, u);
        if (t.LastSyncedAt is { } synced)
        {
            w.WriteString("lastSyncedAt", synced);
        }

        WriteUnknown(w, u, string.Empty);
        w.WriteEndObject();
    }

    private static void WriteRollupSettings(Utf8JsonWriter w, RollupSettings s, UnknownProperties u, string scope)
    {
        w.WriteStartObject();
        if (s.Strategy is { } strategy)
        {
            WriteStrategy(w, "strategy", strategy, u, scope + ".strategy");
        }

        if (!s.IncludeChildObjectives)
        {
            w.WriteBoolean("includeChildObjectives", false);
        }

        if (s.IncludeInitiatives)
        {
            w.WriteBoolean("includeInitiatives", true);
        }

        if (s.CapChildrenAt is { } cap)
        {
            w.WriteNumber("capChildrenAt", cap);
        }

        if (s.FloorChildrenAt is { } floor)
        {
            w.WriteNumber("floorChildrenAt", floor);
        }

        if (s.WeightByTargetSize)
        {
            w.WriteBoolean("weightByTargetSize", true);
        }

        WriteUnknown(w, u, scope);
        w.WriteEndObject();
    }

    /// <summary>Writes <c>{ "name": ..., "options": { ... } }</c>. An option value that is a canonical decimal is written
    /// as a JSON number, <c>true</c>/<c>false</c> as a JSON Boolean, anything else as a string; reading gives back the
    /// same text, so options round-trip exactly.</summary>
    internal static void WriteStrategy(Utf8JsonWriter w, string propertyName, ScoringStrategy strategy, UnknownProperties u, string scope)
    {
        w.WriteStartObject(propertyName);
        w.WriteString("name", strategy.Name);
        if (strategy.Options.Count > 0)
        {
            w.WriteStartObject("options");
            foreach (var option in strategy.Options)
            {
                if (option.Value is "true" or "false")
                {
                    w.WriteBoolean(option.Key, option.Value == "true");
                }
                else if (IsCanonicalNumber(option.Value, out decimal number))
                {
                    w.WriteNumber(option.Key, number);
                }
                else
                {
                    w.WriteString(option.Key, option.Value);
                }
            }

            w.WriteEndObject();
        }

        WriteUnknown(w, u, scope);
        w.WriteEndObject();
    }

    internal static bool IsCanonicalNumber(string text, out decimal number) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number)
        && number.ToString(CultureInfo.InvariantCulture) == text;

    private static void WriteWeight(Utf8JsonWriter w, ContributionWeight weight, UnknownProperties u)
    {
        if (weight == ContributionWeight.Default && !HasScope(u, "weight", prefix: false))
        {
            return;
        }

        w.WriteStartObject("weight");
        if (weight.IsFixedShare)
        {
            w.WriteNumber("fixedSharePercent", weight.FixedSharePercent);
        }
        else
        {
            w.WriteNumber("multiplier", weight.Multiplier);
        }

        WriteUnknown(w, u, "weight");
        w.WriteEndObject();
    }

    private static void WriteProgressOverride(Utf8JsonWriter w, ProgressOverride? o, UnknownProperties u)
    {
        if (o is null)
        {
            return;
        }

        w.WriteStartObject("progressOverride");
        w.WriteNumber("progress", o.Progress.Ratio);
        if (o.Mode != OverrideMode.OneOff)
        {
            w.WriteString("mode", JsonText.EnumName(o.Mode));
        }

        w.WriteString("reason", o.Reason);
        w.WriteString("author", o.Author);
        w.WriteString("at", o.At);
        WriteUnknown(w, u, "progressOverride");
        w.WriteEndObject();
    }

    private static void WriteScoreOverride(Utf8JsonWriter w, ScoreOverride? o, UnknownProperties u, string propertyName = "scoreOverride")
    {
        if (o is null)
        {
            return;
        }

        w.WriteStartObject(propertyName);
        WriteScoreOverrideBody(w, o);
        WriteUnknown(w, u, propertyName);
        w.WriteEndObject();
    }

    internal static void WriteScoreOverrideBody(Utf8JsonWriter w, ScoreOverride o)
    {
        w.WriteNumber("score", o.Score);
        w.WriteString("reason", o.Reason);
        w.WriteString("author", o.Author);
        w.WriteString("at", o.At);
    }

    private static void WriteLink(Utf8JsonWriter w, ExternalLink? link, UnknownProperties u)
    {
        if (link is null)
        {
            return;
        }

        w.WriteStartObject("link");
        w.WriteString("system", link.System);
        w.WriteString("key", link.Key);
        if (link.Url is { } url)
        {
            w.WriteString("url", url.OriginalString);
        }

        WriteUnknown(w, u, "link");
        w.WriteEndObject();
    }

    private static void WriteUnit(Utf8JsonWriter w, MetricUnit unit)
    {
        if (unit != MetricUnit.Number)
        {
            w.WriteString("unit", unit.ToString());
        }
    }

    private static void WriteStartEqualsTarget(Utf8JsonWriter w, StartEqualsTargetRule rule)
    {
        if (rule != StartEqualsTargetRule.NotScored)
        {
            w.WriteString("whenStartEqualsTarget", JsonText.EnumName(rule));
        }
    }

    private static void WriteContributes(Utf8JsonWriter w, bool contributes)
    {
        if (!contributes)
        {
            w.WriteBoolean("contributes", false);
        }
    }

    private static void WriteOptionalString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteOptionalDay(Utf8JsonWriter w, string name, DateOnly? day)
    {
        if (day is { } d)
        {
            w.WriteString(name, JsonText.Day(d));
        }
    }

    internal static string Indexed(string scope, int index) => string.Create(CultureInfo.InvariantCulture, $"{scope}[{index}]");

    private static bool HasScope(UnknownProperties u, string scope, bool prefix)
    {
        foreach (var p in u)
        {
            if (p.Scope == scope || (prefix && p.Scope.StartsWith(scope + ".", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    internal static void WriteUnknown(Utf8JsonWriter w, UnknownProperties u, string scope)
    {
        if (u.IsEmpty)
        {
            return;
        }

        foreach (var p in u)
        {
            if (!string.Equals(p.Scope, scope, StringComparison.Ordinal))
            {
                continue;
            }

            w.WritePropertyName(p.Name);
            using var document = JsonDocument.Parse(p.Json);
            document.RootElement.WriteTo(w);
        }
    }
}
