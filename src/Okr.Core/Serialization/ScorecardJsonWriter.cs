using System.Text.Json;
using Okr.Core.Scoring;

namespace Okr.Core.Serialization;

/// <summary>Writes a scorecard: the day, then every item's numbers in plan order, optionally with explanations.</summary>
internal static class ScorecardJsonWriter
{
    public static void Write(Utf8JsonWriter w, Scorecard scorecard, bool includeExplanations)
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", JsonText.SchemaVersion);
        w.WriteString("asOf", JsonText.Day(scorecard.AsOf));
        w.WriteStartArray("items");
        foreach (var item in scorecard.Items)
        {
            w.WriteStartObject();
            WriteScore(w, item);
            if (includeExplanations)
            {
                w.WritePropertyName("explanation");
                WriteExplanation(w, scorecard.Explain(item.Id));
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteScore(Utf8JsonWriter w, ItemScore item)
    {
        w.WriteString("id", item.Id);
        w.WriteString("kind", JsonText.EnumName(item.Kind));
        WriteProgress(w, "progress", item.Progress);
        WriteNumber(w, "value", item.Value);
        WriteProgress(w, "expectedProgress", item.ExpectedProgress);
        w.WriteString("status", JsonText.EnumName(item.Status));
        WriteNumber(w, "confidence", item.Confidence);
        if (item.IsProgressOverridden)
        {
            w.WriteBoolean("progressOverridden", true);
        }

        var score = item.Score;
        w.WriteStartObject("score");
        WriteNumber(w, "value", score.Value);
        WriteNumber(w, "computed", score.Computed);
        w.WriteString("grade", JsonText.EnumName(score.Grade));
        w.WriteNumber("expected", score.Expected);
        w.WriteBoolean("meetsExpectation", score.MeetsExpectation);
        if (score.Override is { } o)
        {
            w.WriteStartObject("override");
            PlanJsonWriter.WriteScoreOverrideBody(w, o);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteExplanation(Utf8JsonWriter w, Explanation e)
    {
        w.WriteStartObject();
        w.WriteString("progressRule", e.ProgressRule);
        w.WriteString("summary", e.Summary);
        WriteProgress(w, "computedProgress", e.ComputedProgress);
        w.WriteString("statusRule", e.StatusRule);
        if (e.ProgressOverride is { } o)
        {
            w.WriteStartObject("progressOverride");
            w.WriteNumber("progress", o.Progress.Ratio);
            w.WriteString("mode", JsonText.EnumName(o.Mode));
            w.WriteString("reason", o.Reason);
            w.WriteString("author", o.Author);
            w.WriteString("at", o.At);
            w.WriteEndObject();
        }

        w.WriteStartArray("contributions");
        foreach (var c in e.Contributions)
        {
            w.WriteStartObject();
            w.WriteString("childId", c.ChildId);
            w.WriteString("kind", JsonText.EnumName(c.Kind));
            WriteProgress(w, "progress", c.Progress);
            WriteProgress(w, "countedProgress", c.CountedProgress);
            w.WriteNumber("weight", c.Weight);
            w.WriteNumber("share", c.Share);
            w.WriteBoolean("counts", c.Counts);
            if (c.Note is not null)
            {
                w.WriteString("note", c.Note);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteProgress(Utf8JsonWriter w, string name, Progress? progress)
    {
        if (progress is { } p)
        {
            w.WriteNumber(name, p.Ratio);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
