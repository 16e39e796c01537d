using System.Text.Json;
using Okr.Core.Scoring;

namespace Okr.Core.Serialization;

/// <summary>
/// Writes a plan in the interchange format. Canonical output: properties in a fixed order, properties equal to their
/// documented default left out, unknown properties after the known ones of their object, in their original order.
/// The format's nesting is fixed, so the writer's depth does not follow user data.
/// </summary>
/// <remarks>
/// One partial file per object of the format, like <see cref="PlanJsonReader"/>: this one writes the plan and its
/// scoring configuration; <c>.Objective</c>, <c>.KeyResult</c>, <c>.Kind</c>, <c>.Initiative</c> the items;
/// <c>.Settings</c> the shared small objects; <c>.Values</c> defaults and unknown properties. Property names are the
/// encoded texts of <see cref="JsonName"/>, the vocabulary the reader uses too.
/// </remarks>
internal static partial class PlanJsonWriter
{
    public static void Write(Utf8JsonWriter w, OkrPlan plan)
    {
        var unknown = plan.UnknownProperties;
        w.WriteStartObject();
        w.WriteNumber(JsonName.SchemaVersion.Utf8, JsonText.SchemaVersion);
        if (!plan.Scoring.Equals(ScoringConfiguration.Default) || HasScope(unknown, JsonName.Scoring.Text, prefix: true))
        {
            w.WritePropertyName(JsonName.Scoring.Utf8);
            WriteScoring(w, plan.Scoring, unknown);
        }

        if (!plan.Objectives.IsEmpty)
        {
            w.WriteStartArray(JsonName.Objectives.Utf8);
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
            WriteStrategy(w, JsonName.Progress, scoring.Progress, unknown, "scoring.progress");
        }

        if (!scoring.ProgressByKind.IsEmpty)
        {
            w.WriteStartObject(JsonName.ProgressByKind.Utf8);
            foreach (var entry in scoring.ProgressByKind.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                WriteStrategy(w, entry.Key, entry.Value, unknown, "scoring.progressByKind." + entry.Key);
            }

            w.WriteEndObject();
        }

        if (!scoring.Rollup.Equals(d.Rollup))
        {
            WriteStrategy(w, JsonName.Rollup, scoring.Rollup, unknown, "scoring.rollup");
        }

        if (!scoring.DefaultRollup.Equals(d.DefaultRollup) || HasScope(unknown, "scoring.defaultRollup", prefix: true))
        {
            w.WritePropertyName(JsonName.DefaultRollup.Utf8);
            WriteRollupSettings(w, scoring.DefaultRollup, unknown, "scoring.defaultRollup");
        }

        if (!scoring.KeyResultStatus.Equals(d.KeyResultStatus))
        {
            WriteStrategy(w, JsonName.KeyResultStatus, scoring.KeyResultStatus, unknown, "scoring.keyResultStatus");
        }

        if (!scoring.ObjectiveStatus.Equals(d.ObjectiveStatus))
        {
            WriteStrategy(w, JsonName.ObjectiveStatus, scoring.ObjectiveStatus, unknown, "scoring.objectiveStatus");
        }

        if (!scoring.Score.Equals(d.Score))
        {
            WriteStrategy(w, JsonName.Score, scoring.Score, unknown, "scoring.score");
        }

        if (!scoring.Forecast.Equals(d.Forecast))
        {
            WriteStrategy(w, JsonName.Forecast, scoring.Forecast, unknown, "scoring.forecast");
        }

        if (scoring.StaleAfterDays != d.StaleAfterDays)
        {
            w.WriteNumber(JsonName.StaleAfterDays.Utf8, scoring.StaleAfterDays);
        }

        WriteUnknown(w, unknown, JsonName.Scoring.Text);
        w.WriteEndObject();
    }
}
