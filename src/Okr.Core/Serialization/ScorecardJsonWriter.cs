using System.Text.Json;
using Okr.Core.Scoring;

namespace Okr.Core.Serialization;

/// <summary>Writes a scorecard: the day, then every item's numbers in plan order, optionally with explanations.</summary>
internal static class ScorecardJsonWriter
{
    public static void Write(Utf8JsonWriter w, Scorecard scorecard, OkrJsonOptions options)
    {
        var forecast = options.IncludeForecast ? OkrForecaster.Forecast(scorecard) : null;
        var staleness = options.IncludeStaleness ? OkrStaleness.Check(scorecard) : null;
        w.WriteStartObject();
        w.WriteNumber("schemaVersion"u8, JsonText.SchemaVersion);
        JsonText.WriteDay(w, "asOf"u8, scorecard.AsOf);
        if (staleness is not null)
        {
            w.WriteNumber("staleAfterDays"u8, staleness.StaleAfterDays);
        }

        w.WriteStartArray("items"u8);
        foreach (var item in scorecard.Items)
        {
            w.WriteStartObject();
            WriteScore(w, item);
            if (forecast is not null && forecast.TryGet(item.Id, out var itemForecast))
            {
                ForecastJsonWriter.WriteForecast(w, itemForecast);
            }

            if (staleness is not null && staleness.TryGet(item.Id, out var itemStaleness))
            {
                ForecastJsonWriter.WriteStaleness(w, itemStaleness);
            }

            if (options.IncludeExplanations)
            {
                w.WritePropertyName("explanation"u8);
                WriteExplanation(w, scorecard.Explain(item.Id));
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteScore(Utf8JsonWriter w, ItemResult item)
    {
        w.WriteString("id"u8, item.Id);
        w.WriteString("kind"u8, JsonText.EnumName(item.ItemKind));
        WriteProgress(w, "progress", item.Progress);
        WriteNumber(w, "value", item.Value);
        WriteProgress(w, "expectedProgress", item.ExpectedProgress);
        WriteNumber(w, "expectedValue", item.ExpectedValue);
        w.WriteString("status"u8, JsonText.EnumName(item.Status));
        WriteNumber(w, "confidence", item.Confidence);
        if (item.IsProgressOverridden)
        {
            w.WriteBoolean("progressOverridden"u8, true);
        }

        var score = item.Score;
        w.WriteStartObject("score"u8);
        WriteNumber(w, "value", score.Value);
        WriteNumber(w, "computed", score.Computed);
        w.WriteString("grade"u8, JsonText.EnumName(score.Grade));
        w.WriteNumber("expected"u8, score.Expected);
        w.WriteBoolean("meetsExpectation"u8, score.MeetsExpectation);
        if (score.Override is { } o)
        {
            w.WriteStartObject("override"u8);
            PlanJsonWriter.WriteScoreOverrideBody(w, o);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteExplanation(Utf8JsonWriter w, Explanation e)
    {
        w.WriteStartObject();
        w.WriteString("progressRule"u8, e.ProgressRule);
        w.WriteString("summary"u8, e.Summary);
        WriteProgress(w, "computedProgress", e.ComputedProgress);
        w.WriteString("statusRule"u8, e.StatusRule);
        if (e.ProgressOverride is { } o)
        {
            w.WriteStartObject("progressOverride"u8);
            w.WriteNumber("progress"u8, o.Progress.Ratio);
            w.WriteString("mode"u8, JsonText.EnumName(o.Mode));
            w.WriteString("reason"u8, o.Reason);
            w.WriteString("author"u8, o.Author);
            w.WriteString("at"u8, o.At);
            w.WriteEndObject();
        }

        w.WriteStartArray("contributions"u8);
        foreach (var c in e.Contributions)
        {
            w.WriteStartObject();
            w.WriteString("childId"u8, c.ChildId);
            w.WriteString("kind"u8, JsonText.EnumName(c.ItemKind));
            WriteProgress(w, "progress", c.Progress);
            WriteProgress(w, "countedProgress", c.CountedProgress);
            w.WriteNumber("weight"u8, c.Weight);
            w.WriteNumber("share"u8, c.Share);
            w.WriteBoolean("counts"u8, c.Counts);
            if (c.Note is not null)
            {
                w.WriteString("note"u8, c.Note);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    internal static void WriteProgress(Utf8JsonWriter w, string name, Progress? progress)
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

    internal static void WriteNumber(Utf8JsonWriter w, string name, decimal? value)
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
