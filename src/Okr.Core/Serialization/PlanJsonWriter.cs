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
        w.WriteNumber("schemaVersion"u8, JsonText.SchemaVersion);
        if (!plan.Scoring.Equals(ScoringConfiguration.Default) || HasScope(unknown, "scoring", prefix: true))
        {
            w.WritePropertyName("scoring"u8);
            WriteScoring(w, plan.Scoring, unknown);
        }

        if (!plan.Objectives.IsEmpty)
        {
            w.WriteStartArray("objectives"u8);
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
            w.WriteStartObject("progressByKind"u8);
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
            w.WritePropertyName("defaultRollup"u8);
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
        w.WriteString("id"u8, o.Id);
        w.WriteString("title"u8, o.Title);
        w.WritePropertyName("period"u8);
        w.WriteStartObject();
        JsonText.WriteDay(w, "start"u8, o.Period.Start);
        JsonText.WriteDay(w, "end"u8, o.Period.End);
        WriteUnknown(w, u, "period");
        w.WriteEndObject();
        WriteOptionalString(w, "description"u8, o.Description);
        WriteOptionalString(w, "owner"u8, o.Owner);
        if (o.Type != ObjectiveType.Committed)
        {
            w.WriteString("type"u8, JsonText.EnumName(o.Type));
        }

        if (o.Alignment.Kind != AlignmentKind.None)
        {
            w.WriteStartObject("alignment"u8);
            w.WriteString("kind"u8, JsonText.EnumName(o.Alignment.Kind));
            w.WriteString("targetId"u8, o.Alignment.TargetId);
            WriteUnknown(w, u, "alignment");
            w.WriteEndObject();
        }

        WriteWeight(w, o.Weight, u);
        WriteContributes(w, o.Contributes);
        if (o.Rollup is { } rollup)
        {
            w.WritePropertyName("rollup"u8);
            WriteRollupSettings(w, rollup, u, "rollup");
        }

        if (o.Scale is { } scale)
        {
            w.WriteStartObject("scale"u8);
            w.WriteNumber("start"u8, scale.Start);
            w.WriteNumber("target"u8, scale.Target);
            WriteUnit(w, scale.Unit);
            WriteUnknown(w, u, "scale");
            w.WriteEndObject();
        }

        WriteProgressOverride(w, o.ProgressOverride, u);
        WriteScoreOverride(w, o.ScoreOverride, u);
        WriteOptionalDay(w, "closedOn"u8, o.ClosedOn);
        if (!o.KeyResults.IsEmpty)
        {
            w.WriteStartArray("keyResults"u8);
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
        w.WriteString("id"u8, k.Id);
        w.WriteString("title"u8, k.Title);
        w.WritePropertyName("kind"u8);
        WriteKind(w, k.Kind, u);
        WriteOptionalString(w, "description"u8, k.Description);
        WriteOptionalString(w, "owner"u8, k.Owner);
        WriteWeight(w, k.Weight, u);
        WriteContributes(w, k.Contributes);
        WriteOptionalString(w, "parentKeyResultId"u8, k.ParentKeyResultId);
        if (k.ProgressStrategy is { } strategy)
        {
            WriteStrategy(w, "progressStrategy", strategy, u, "progressStrategy");
        }

        WriteProgressOverride(w, k.ProgressOverride, u);
        WriteScoreOverride(w, k.ScoreOverride, u);
        if (!k.PhasedTargets.IsEmpty)
        {
            w.WriteStartArray("phasedTargets"u8);
            for (int i = 0; i < k.PhasedTargets.Length; i++)
            {
                var phase = k.PhasedTargets[i];
                w.WriteStartObject();
                JsonText.WriteDay(w, "day"u8, phase.Day);
                w.WriteNumber("expectedValue"u8, phase.ExpectedValue);
                WriteUnknown(w, u, u.IsEmpty ? string.Empty : Indexed("phasedTargets", i));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (!k.CheckIns.IsEmpty)
        {
            w.WriteStartArray("checkIns"u8);
            foreach (var checkIn in k.CheckIns)
            {
                WriteCheckIn(w, checkIn);
            }

            w.WriteEndArray();
        }

        if (!k.Initiatives.IsEmpty)
        {
            w.WriteStartArray("initiatives"u8);
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
        w.WriteString("type"u8, kind.Discriminator);
        switch (kind)
        {
            case LinearKind linear:
                w.WriteString("direction"u8, JsonText.EnumName(linear.Direction));
                w.WriteNumber("start"u8, linear.Start);
                w.WriteNumber("target"u8, linear.Target);
                WriteUnit(w, linear.Unit);
                WriteStartEqualsTarget(w, linear.WhenStartEqualsTarget);
                break;
            case ThresholdKind threshold:
                w.WriteString("direction"u8, JsonText.EnumName(threshold.Direction));
                w.WriteNumber("threshold"u8, threshold.Threshold);
                if (threshold.RiskThreshold is { } risk)
                {
                    w.WriteNumber("riskThreshold"u8, risk);
                }

                if (threshold.Boundary != ThresholdBoundary.OnThresholdFails)
                {
                    w.WriteString("boundary"u8, JsonText.EnumName(threshold.Boundary));
                }

                WriteUnit(w, threshold.Unit);
                break;
            case RangeKind range:
                w.WriteNumber("lower"u8, range.Lower);
                w.WriteNumber("upper"u8, range.Upper);
                WriteUnit(w, range.Unit);
                break;
            case ControlKpiKind kpi:
                w.WriteString("direction"u8, JsonText.EnumName(kpi.Direction));
                w.WriteNumber("target"u8, kpi.Target);
                w.WriteNumber("plannedCheckIns"u8, kpi.PlannedCheckIns);
                if (kpi.Method != ControlKpiMethod.DistanceFromTarget)
                {
                    w.WriteString("method"u8, JsonText.EnumName(kpi.Method));
                }

                WriteUnit(w, kpi.Unit);
                break;
            case MilestonesKind milestones:
                w.WriteStartArray("milestones"u8);
                for (int i = 0; i < milestones.Milestones.Length; i++)
                {
                    var milestone = milestones.Milestones[i];
                    w.WriteStartObject();
                    w.WriteString("title"u8, milestone.Title);
                    w.WriteNumber("weight"u8, milestone.Weight);
                    WriteUnknown(w, u, u.IsEmpty ? string.Empty : Indexed("kind.milestones", i));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                break;
            case ActivityKind activity:
                if (activity.Method != ActivityMethod.DoneShare)
                {
                    w.WriteString("method"u8, JsonText.EnumName(activity.Method));
                }

                if (activity.TargetCount is { } count)
                {
                    w.WriteNumber("targetCount"u8, count);
                }

                break;
            case CascadedSumKind sum:
                w.WriteNumber("start"u8, sum.Start);
                w.WriteNumber("target"u8, sum.Target);
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
        w.WriteString("at"u8, c.At);
        w.WriteNumber("value"u8, c.Value);
        if (c.Confidence is { } confidence)
        {
            w.WriteNumber("confidence"u8, confidence);
        }

        if (c.Status is { } status)
        {
            w.WriteString("status"u8, JsonText.EnumName(status));
        }

        WriteOptionalString(w, "note"u8, c.Note);
        WriteOptionalString(w, "author"u8, c.Author);
        if (c.Source != CheckInSource.Person)
        {
            w.WriteString("source"u8, JsonText.EnumName(c.Source));
        }

        WriteUnknown(w, c.UnknownProperties, string.Empty);
        w.WriteEndObject();
    }

    private static void WriteInitiative(Utf8JsonWriter w, Initiative i)
    {
        var u = i.UnknownProperties;
        w.WriteStartObject();
        w.WriteString("id"u8, i.Id);
        w.WriteString("title"u8, i.Title);
        WriteOptionalString(w, "owner"u8, i.Owner);
        WriteOptionalDay(w, "start"u8, i.Start);
        WriteOptionalDay(w, "due"u8, i.Due);
        WriteWeight(w, i.Weight, u);
        WriteContributes(w, i.Contributes);
        if (i.PercentComplete is { } percent)
        {
            w.WriteNumber("percentComplete"u8, percent);
        }

        WriteLink(w, i.Link, u);
        if (!i.WorkItems.IsEmpty)
        {
            w.WriteStartArray("workItems"u8);
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
        w.WriteString("id"u8, t.Id);
        w.WriteString("title"u8, t.Title);
        if (t.State != WorkItemState.NotStarted)
        {
            w.WriteString("state"u8, JsonText.EnumName(t.State));
        }

        if (t.PercentComplete is { } percent)
        {
            w.WriteNumber("percentComplete"u8, percent);
        }

        if (t.Effort is { } effort)
        {
            w.WriteNumber("effort"u8, effort);
        }

        WriteOptionalDay(w, "start"u8, t.Start);
        WriteOptionalDay(w, "due"u8, t.Due);
        WriteOptionalDay(w, "completedOn"u8, t.CompletedOn);
        WriteOptionalString(w, "assignee"u8, t.Assignee);
        if (!t.DependsOn.IsEmpty)
        {
            w.WriteStartArray("dependsOn"u8);
            foreach (var id in t.DependsOn)
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
        }

        WriteLink(w, t.Link, u);
        if (t.LastSyncedAt is { } synced)
        {
            w.WriteString("lastSyncedAt"u8, synced);
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
            w.WriteBoolean("includeChildObjectives"u8, false);
        }

        if (s.IncludeInitiatives)
        {
            w.WriteBoolean("includeInitiatives"u8, true);
        }

        if (s.CapChildrenAt is { } cap)
        {
            w.WriteNumber("capChildrenAt"u8, cap);
        }

        if (s.FloorChildrenAt is { } floor)
        {
            w.WriteNumber("floorChildrenAt"u8, floor);
        }

        if (s.WeightByTargetSize)
        {
            w.WriteBoolean("weightByTargetSize"u8, true);
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
        w.WriteString("name"u8, strategy.Name);
        if (strategy.Options.Count > 0)
        {
            w.WriteStartObject("options"u8);
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

        w.WriteStartObject("weight"u8);
        if (weight.IsFixedShare)
        {
            w.WriteNumber("fixedSharePercent"u8, weight.FixedSharePercent);
        }
        else
        {
            w.WriteNumber("multiplier"u8, weight.Multiplier);
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

        w.WriteStartObject("progressOverride"u8);
        w.WriteNumber("progress"u8, o.Progress.Ratio);
        if (o.Mode != OverrideMode.OneOff)
        {
            w.WriteString("mode"u8, JsonText.EnumName(o.Mode));
        }

        w.WriteString("reason"u8, o.Reason);
        w.WriteString("author"u8, o.Author);
        w.WriteString("at"u8, o.At);
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
        w.WriteNumber("score"u8, o.Score);
        w.WriteString("reason"u8, o.Reason);
        w.WriteString("author"u8, o.Author);
        w.WriteString("at"u8, o.At);
    }

    private static void WriteLink(Utf8JsonWriter w, ExternalLink? link, UnknownProperties u)
    {
        if (link is null)
        {
            return;
        }

        w.WriteStartObject("link"u8);
        w.WriteString("system"u8, link.System);
        w.WriteString("key"u8, link.Key);
        if (link.Url is { } url)
        {
            w.WriteString("url"u8, url.OriginalString);
        }

        WriteUnknown(w, u, "link");
        w.WriteEndObject();
    }

    private static void WriteUnit(Utf8JsonWriter w, MetricUnit unit)
    {
        if (unit != MetricUnit.Number)
        {
            w.WriteString("unit"u8, unit.ToString());
        }
    }

    private static void WriteStartEqualsTarget(Utf8JsonWriter w, StartEqualsTargetRule rule)
    {
        if (rule != StartEqualsTargetRule.NotScored)
        {
            w.WriteString("whenStartEqualsTarget"u8, JsonText.EnumName(rule));
        }
    }

    private static void WriteContributes(Utf8JsonWriter w, bool contributes)
    {
        if (!contributes)
        {
            w.WriteBoolean("contributes"u8, false);
        }
    }

    private static void WriteOptionalString(Utf8JsonWriter w, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteOptionalDay(Utf8JsonWriter w, ReadOnlySpan<byte> name, DateOnly? day)
    {
        if (day is { } d)
        {
            JsonText.WriteDay(w, name, d);
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
