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
        w.WriteNumber(Names.SchemaVersion, JsonText.SchemaVersion);
        if (!plan.Scoring.Equals(ScoringConfiguration.Default) || HasScope(unknown, "scoring", prefix: true))
        {
            w.WritePropertyName(Names.Scoring);
            WriteScoring(w, plan.Scoring, unknown);
        }

        if (!plan.Objectives.IsEmpty)
        {
            w.WriteStartArray(Names.Objectives);
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
            w.WriteStartObject(Names.ProgressByKind);
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
            w.WritePropertyName(Names.DefaultRollup);
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

        if (!scoring.Forecast.Equals(d.Forecast))
        {
            WriteStrategy(w, "forecast", scoring.Forecast, unknown, "scoring.forecast");
        }

        if (scoring.StaleAfterDays != d.StaleAfterDays)
        {
            w.WriteNumber("staleAfterDays"u8, scoring.StaleAfterDays);
        }

        WriteUnknown(w, unknown, "scoring");
        w.WriteEndObject();
    }

    private static void WriteObjective(Utf8JsonWriter w, Objective o)
    {
        var u = o.UnknownProperties;
        w.WriteStartObject();
        w.WriteString(Names.Id, o.Id);
        w.WriteString(Names.Title, o.Title);
        w.WritePropertyName(Names.Period);
        w.WriteStartObject();
        JsonText.WriteDay(w, Names.Start, o.Period.Start);
        JsonText.WriteDay(w, Names.End, o.Period.End);
        WriteUnknown(w, u, "period");
        w.WriteEndObject();
        WriteOptionalString(w, Names.Description, o.Description);
        WriteOptionalString(w, Names.Owner, o.Owner);
        if (o.Type != ObjectiveType.Committed)
        {
            w.WriteString(Names.Type, JsonText.EnumName(o.Type));
        }

        if (o.Alignment.Kind != AlignmentKind.None)
        {
            w.WriteStartObject(Names.Alignment);
            w.WriteString(Names.Kind, JsonText.EnumName(o.Alignment.Kind));
            w.WriteString(Names.TargetId, o.Alignment.TargetId);
            WriteUnknown(w, u, "alignment");
            w.WriteEndObject();
        }

        WriteWeight(w, o.Weight, u);
        WriteContributes(w, o.Contributes);
        if (o.Rollup is { } rollup)
        {
            w.WritePropertyName(Names.Rollup);
            WriteRollupSettings(w, rollup, u, "rollup");
        }

        if (o.Scale is { } scale)
        {
            w.WriteStartObject(Names.Scale);
            w.WriteNumber(Names.Start, scale.Start);
            w.WriteNumber(Names.Target, scale.Target);
            WriteUnit(w, scale.Unit);
            WriteUnknown(w, u, "scale");
            w.WriteEndObject();
        }

        WriteProgressOverride(w, o.ProgressOverride, u);
        WriteScoreOverride(w, o.ScoreOverride, u);
        WriteOptionalDay(w, Names.ClosedOn, o.ClosedOn);
        if (!o.KeyResults.IsEmpty)
        {
            w.WriteStartArray(Names.KeyResults);
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
        w.WriteString(Names.Id, k.Id);
        w.WriteString(Names.Title, k.Title);
        w.WritePropertyName(Names.Kind);
        WriteKind(w, k.Kind, u);
        WriteOptionalString(w, Names.Description, k.Description);
        WriteOptionalString(w, Names.Owner, k.Owner);
        WriteWeight(w, k.Weight, u);
        WriteContributes(w, k.Contributes);
        WriteOptionalString(w, Names.ParentKeyResultId, k.ParentKeyResultId);
        if (k.ProgressStrategy is { } strategy)
        {
            WriteStrategy(w, "progressStrategy", strategy, u, "progressStrategy");
        }

        WriteProgressOverride(w, k.ProgressOverride, u);
        WriteScoreOverride(w, k.ScoreOverride, u);
        if (!k.PhasedTargets.IsEmpty)
        {
            w.WriteStartArray(Names.PhasedTargets);
            for (int i = 0; i < k.PhasedTargets.Length; i++)
            {
                var phase = k.PhasedTargets[i];
                w.WriteStartObject();
                JsonText.WriteDay(w, Names.Day, phase.Day);
                w.WriteNumber(Names.ExpectedValue, phase.ExpectedValue);
                WriteUnknown(w, u, u.IsEmpty ? string.Empty : Indexed("phasedTargets", i));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (!k.CheckIns.IsEmpty)
        {
            w.WriteStartArray(Names.CheckIns);
            foreach (var checkIn in k.CheckIns)
            {
                WriteCheckIn(w, checkIn);
            }

            w.WriteEndArray();
        }

        if (!k.Initiatives.IsEmpty)
        {
            w.WriteStartArray(Names.Initiatives);
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
        w.WriteString(Names.Type, kind.Discriminator);
        switch (kind)
        {
            case LinearKind linear:
                w.WriteString(Names.Direction, JsonText.EnumName(linear.Direction));
                w.WriteNumber(Names.Start, linear.Start);
                w.WriteNumber(Names.Target, linear.Target);
                WriteUnit(w, linear.Unit);
                WriteStartEqualsTarget(w, linear.WhenStartEqualsTarget);
                break;
            case ThresholdKind threshold:
                w.WriteString(Names.Direction, JsonText.EnumName(threshold.Direction));
                w.WriteNumber(Names.Threshold, threshold.Threshold);
                if (threshold.RiskThreshold is { } risk)
                {
                    w.WriteNumber(Names.RiskThreshold, risk);
                }

                if (threshold.Boundary != ThresholdBoundary.OnThresholdFails)
                {
                    w.WriteString(Names.Boundary, JsonText.EnumName(threshold.Boundary));
                }

                WriteUnit(w, threshold.Unit);
                break;
            case RangeKind range:
                w.WriteNumber(Names.Lower, range.Lower);
                w.WriteNumber(Names.Upper, range.Upper);
                WriteUnit(w, range.Unit);
                break;
            case ControlKpiKind kpi:
                w.WriteString(Names.Direction, JsonText.EnumName(kpi.Direction));
                if (kpi.Direction == ControlKpiDirection.Between)
                {
                    w.WriteNumber(Names.Lower, kpi.Lower!.Value);
                    w.WriteNumber(Names.Upper, kpi.Upper!.Value);
                }
                else
                {
                    w.WriteNumber(Names.Target, kpi.Target);
                }

                w.WriteNumber(Names.PlannedCheckIns, kpi.PlannedCheckIns);
                if (kpi.Method != ControlKpiMethod.DistanceFromTarget)
                {
                    w.WriteString(Names.Method, JsonText.EnumName(kpi.Method));
                }

                WriteUnit(w, kpi.Unit);
                break;
            case MilestonesKind milestones:
                w.WriteStartArray(Names.Milestones);
                for (int i = 0; i < milestones.Milestones.Length; i++)
                {
                    var milestone = milestones.Milestones[i];
                    w.WriteStartObject();
                    w.WriteString(Names.Title, milestone.Title);
                    w.WriteNumber(Names.Weight, milestone.Weight);
                    WriteUnknown(w, u, u.IsEmpty ? string.Empty : Indexed("kind.milestones", i));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                break;
            case ActivityKind activity:
                if (activity.Method != ActivityMethod.DoneShare)
                {
                    w.WriteString(Names.Method, JsonText.EnumName(activity.Method));
                }

                if (activity.TargetCount is { } count)
                {
                    w.WriteNumber(Names.TargetCount, count);
                }

                break;
            case CascadedSumKind sum:
                w.WriteNumber(Names.Start, sum.Start);
                w.WriteNumber(Names.Target, sum.Target);
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
        w.WriteString(Names.At, c.At);
        w.WriteNumber(Names.Value, c.Value);
        if (c.Confidence is { } confidence)
        {
            w.WriteNumber(Names.Confidence, confidence);
        }

        if (c.Status is { } status)
        {
            w.WriteString(Names.Status, JsonText.EnumName(status));
        }

        WriteOptionalString(w, Names.Note, c.Note);
        WriteOptionalString(w, Names.Author, c.Author);
        if (c.Source != CheckInSource.Person)
        {
            w.WriteString(Names.Source, JsonText.EnumName(c.Source));
        }

        WriteUnknown(w, c.UnknownProperties, string.Empty);
        w.WriteEndObject();
    }

    private static void WriteInitiative(Utf8JsonWriter w, Initiative i)
    {
        var u = i.UnknownProperties;
        w.WriteStartObject();
        w.WriteString(Names.Id, i.Id);
        w.WriteString(Names.Title, i.Title);
        WriteOptionalString(w, Names.Owner, i.Owner);
        WriteOptionalDay(w, Names.Start, i.Start);
        WriteOptionalDay(w, Names.Due, i.Due);
        WriteWeight(w, i.Weight, u);
        WriteContributes(w, i.Contributes);
        if (i.PercentComplete is { } percent)
        {
            w.WriteNumber(Names.PercentComplete, percent);
        }

        WriteLink(w, i.Link, u);
        if (!i.WorkItems.IsEmpty)
        {
            w.WriteStartArray(Names.WorkItems);
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
        w.WriteString(Names.Id, t.Id);
        w.WriteString(Names.Title, t.Title);
        if (t.State != WorkItemState.NotStarted)
        {
            w.WriteString(Names.State, JsonText.EnumName(t.State));
        }

        if (t.PercentComplete is { } percent)
        {
            w.WriteNumber(Names.PercentComplete, percent);
        }

        if (t.Effort is { } effort)
        {
            w.WriteNumber(Names.Effort, effort);
        }

        WriteOptionalDay(w, Names.Start, t.Start);
        WriteOptionalDay(w, Names.Due, t.Due);
        WriteOptionalDay(w, Names.CompletedOn, t.CompletedOn);
        WriteOptionalString(w, Names.Assignee, t.Assignee);
        if (!t.DependsOn.IsEmpty)
        {
            w.WriteStartArray(Names.DependsOn);
            foreach (var id in t.DependsOn)
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
        }

        WriteLink(w, t.Link, u);
        if (t.LastSyncedAt is { } synced)
        {
            w.WriteString(Names.LastSyncedAt, synced);
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
            w.WriteBoolean(Names.IncludeChildObjectives, false);
        }

        if (s.IncludeInitiatives)
        {
            w.WriteBoolean(Names.IncludeInitiatives, true);
        }

        if (s.CapChildrenAt is { } cap)
        {
            w.WriteNumber(Names.CapChildrenAt, cap);
        }

        if (s.FloorChildrenAt is { } floor)
        {
            w.WriteNumber(Names.FloorChildrenAt, floor);
        }

        if (s.WeightByTargetSize)
        {
            w.WriteBoolean(Names.WeightByTargetSize, true);
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
        w.WriteString(Names.Name, strategy.Name);
        if (strategy.Options.Count > 0)
        {
            w.WriteStartObject(Names.Options);
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

        w.WriteStartObject(Names.Weight);
        if (weight.IsFixedShare)
        {
            w.WriteNumber(Names.FixedSharePercent, weight.FixedSharePercent);
        }
        else
        {
            w.WriteNumber(Names.Multiplier, weight.Multiplier);
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

        w.WriteStartObject(Names.ProgressOverride);
        w.WriteNumber(Names.Progress, o.Progress.Ratio);
        if (o.Mode != OverrideMode.OneOff)
        {
            w.WriteString(Names.Mode, JsonText.EnumName(o.Mode));
        }

        w.WriteString(Names.Reason, o.Reason);
        w.WriteString(Names.Author, o.Author);
        w.WriteString(Names.At, o.At);
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
        w.WriteNumber(Names.Score, o.Score);
        w.WriteString(Names.Reason, o.Reason);
        w.WriteString(Names.Author, o.Author);
        w.WriteString(Names.At, o.At);
    }

    private static void WriteLink(Utf8JsonWriter w, ExternalLink? link, UnknownProperties u)
    {
        if (link is null)
        {
            return;
        }

        w.WriteStartObject(Names.Link);
        w.WriteString(Names.System, link.System);
        w.WriteString(Names.Key, link.Key);
        if (link.Url is { } url)
        {
            w.WriteString(Names.Url, url.OriginalString);
        }

        WriteUnknown(w, u, "link");
        w.WriteEndObject();
    }

    private static void WriteUnit(Utf8JsonWriter w, MetricUnit unit)
    {
        if (unit != MetricUnit.Number)
        {
            w.WriteString(Names.Unit, unit.ToString());
        }
    }

    private static void WriteStartEqualsTarget(Utf8JsonWriter w, StartEqualsTargetRule rule)
    {
        if (rule != StartEqualsTargetRule.NotScored)
        {
            w.WriteString(Names.WhenStartEqualsTarget, JsonText.EnumName(rule));
        }
    }

    private static void WriteContributes(Utf8JsonWriter w, bool contributes)
    {
        if (!contributes)
        {
            w.WriteBoolean(Names.Contributes, false);
        }
    }

    private static void WriteOptionalString(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteOptionalDay(Utf8JsonWriter w, JsonEncodedText name, DateOnly? day)
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

    /// <summary>The format's property names, encoded once (the writer neither transcodes nor checks them per item).</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Alignment = JsonEncodedText.Encode("alignment");

        public static readonly JsonEncodedText Assignee = JsonEncodedText.Encode("assignee");

        public static readonly JsonEncodedText At = JsonEncodedText.Encode("at");

        public static readonly JsonEncodedText Author = JsonEncodedText.Encode("author");

        public static readonly JsonEncodedText Boundary = JsonEncodedText.Encode("boundary");

        public static readonly JsonEncodedText CapChildrenAt = JsonEncodedText.Encode("capChildrenAt");

        public static readonly JsonEncodedText CheckIns = JsonEncodedText.Encode("checkIns");

        public static readonly JsonEncodedText ClosedOn = JsonEncodedText.Encode("closedOn");

        public static readonly JsonEncodedText CompletedOn = JsonEncodedText.Encode("completedOn");

        public static readonly JsonEncodedText Confidence = JsonEncodedText.Encode("confidence");

        public static readonly JsonEncodedText Contributes = JsonEncodedText.Encode("contributes");

        public static readonly JsonEncodedText Day = JsonEncodedText.Encode("day");

        public static readonly JsonEncodedText DefaultRollup = JsonEncodedText.Encode("defaultRollup");

        public static readonly JsonEncodedText DependsOn = JsonEncodedText.Encode("dependsOn");

        public static readonly JsonEncodedText Description = JsonEncodedText.Encode("description");

        public static readonly JsonEncodedText Direction = JsonEncodedText.Encode("direction");

        public static readonly JsonEncodedText Due = JsonEncodedText.Encode("due");

        public static readonly JsonEncodedText Effort = JsonEncodedText.Encode("effort");

        public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");

        public static readonly JsonEncodedText ExpectedValue = JsonEncodedText.Encode("expectedValue");

        public static readonly JsonEncodedText FixedSharePercent = JsonEncodedText.Encode("fixedSharePercent");

        public static readonly JsonEncodedText FloorChildrenAt = JsonEncodedText.Encode("floorChildrenAt");

        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");

        public static readonly JsonEncodedText IncludeChildObjectives = JsonEncodedText.Encode("includeChildObjectives");

        public static readonly JsonEncodedText IncludeInitiatives = JsonEncodedText.Encode("includeInitiatives");

        public static readonly JsonEncodedText Initiatives = JsonEncodedText.Encode("initiatives");

        public static readonly JsonEncodedText Key = JsonEncodedText.Encode("key");

        public static readonly JsonEncodedText KeyResults = JsonEncodedText.Encode("keyResults");

        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");

        public static readonly JsonEncodedText LastSyncedAt = JsonEncodedText.Encode("lastSyncedAt");

        public static readonly JsonEncodedText Link = JsonEncodedText.Encode("link");

        public static readonly JsonEncodedText Lower = JsonEncodedText.Encode("lower");

        public static readonly JsonEncodedText Method = JsonEncodedText.Encode("method");

        public static readonly JsonEncodedText Milestones = JsonEncodedText.Encode("milestones");

        public static readonly JsonEncodedText Mode = JsonEncodedText.Encode("mode");

        public static readonly JsonEncodedText Multiplier = JsonEncodedText.Encode("multiplier");

        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");

        public static readonly JsonEncodedText Note = JsonEncodedText.Encode("note");

        public static readonly JsonEncodedText Objectives = JsonEncodedText.Encode("objectives");

        public static readonly JsonEncodedText Options = JsonEncodedText.Encode("options");

        public static readonly JsonEncodedText Owner = JsonEncodedText.Encode("owner");

        public static readonly JsonEncodedText ParentKeyResultId = JsonEncodedText.Encode("parentKeyResultId");

        public static readonly JsonEncodedText PercentComplete = JsonEncodedText.Encode("percentComplete");

        public static readonly JsonEncodedText Period = JsonEncodedText.Encode("period");

        public static readonly JsonEncodedText PhasedTargets = JsonEncodedText.Encode("phasedTargets");

        public static readonly JsonEncodedText PlannedCheckIns = JsonEncodedText.Encode("plannedCheckIns");

        public static readonly JsonEncodedText Progress = JsonEncodedText.Encode("progress");

        public static readonly JsonEncodedText ProgressByKind = JsonEncodedText.Encode("progressByKind");

        public static readonly JsonEncodedText ProgressOverride = JsonEncodedText.Encode("progressOverride");

        public static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");

        public static readonly JsonEncodedText RiskThreshold = JsonEncodedText.Encode("riskThreshold");

        public static readonly JsonEncodedText Rollup = JsonEncodedText.Encode("rollup");

        public static readonly JsonEncodedText Scale = JsonEncodedText.Encode("scale");

        public static readonly JsonEncodedText SchemaVersion = JsonEncodedText.Encode("schemaVersion");

        public static readonly JsonEncodedText Score = JsonEncodedText.Encode("score");

        public static readonly JsonEncodedText Scoring = JsonEncodedText.Encode("scoring");

        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");

        public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");

        public static readonly JsonEncodedText State = JsonEncodedText.Encode("state");

        public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");

        public static readonly JsonEncodedText System = JsonEncodedText.Encode("system");

        public static readonly JsonEncodedText Target = JsonEncodedText.Encode("target");

        public static readonly JsonEncodedText TargetCount = JsonEncodedText.Encode("targetCount");

        public static readonly JsonEncodedText TargetId = JsonEncodedText.Encode("targetId");

        public static readonly JsonEncodedText Threshold = JsonEncodedText.Encode("threshold");

        public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");

        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");

        public static readonly JsonEncodedText Unit = JsonEncodedText.Encode("unit");

        public static readonly JsonEncodedText Upper = JsonEncodedText.Encode("upper");

        public static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");

        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");

        public static readonly JsonEncodedText Weight = JsonEncodedText.Encode("weight");

        public static readonly JsonEncodedText WeightByTargetSize = JsonEncodedText.Encode("weightByTargetSize");

        public static readonly JsonEncodedText WhenStartEqualsTarget = JsonEncodedText.Encode("whenStartEqualsTarget");

        public static readonly JsonEncodedText WorkItems = JsonEncodedText.Encode("workItems");
    }
}
