using System.Text.Json;
using Okr.Core.Scoring;

namespace Okr.Core.Serialization;

/// <summary>
/// Writes a series (docs/json-format.md, "Series"): the days, then every item with one array per number, one entry per
/// day. Arrays that would hold only nulls (value, expected progress, confidence) or only false (progress overridden) are
/// left out.
/// </summary>
internal static class SeriesJsonWriter
{
    public static void Write(Utf8JsonWriter w, ScorecardSeries series)
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion"u8, JsonText.SchemaVersion);
        w.WriteStartArray("days"u8);
        foreach (var day in series.Days)
        {
            w.WriteStringValue(JsonText.Day(day));
        }

        w.WriteEndArray();
        w.WriteStartArray("items"u8);
        var reader = series.CreateReader();
        var points = new SeriesPoint[series.Days.Count];
        for (int item = 0; item < series.ItemIds.Count; item++)
        {
            reader.Fill(item, points);
            w.WriteStartObject();
            w.WriteString("id"u8, series.ItemIds[item]);
            w.WriteString("kind"u8, JsonText.EnumName(reader.KindOf(item)));
            WriteNumbers(w, "progress"u8, points, static p => p.Progress?.Ratio, required: true);
            WriteNumbers(w, "value"u8, points, static p => p.Value, required: false);
            WriteNumbers(w, "expectedProgress"u8, points, static p => p.ExpectedProgress?.Ratio, required: false);
            w.WriteStartArray("status"u8);
            foreach (var point in points)
            {
                w.WriteStringValue(JsonText.EnumName(point.Status));
            }

            w.WriteEndArray();
            WriteNumbers(w, "confidence"u8, points, static p => p.Confidence, required: false);
            WriteNumbers(w, "score"u8, points, static p => p.Score, required: true);
            w.WriteStartArray("grade"u8);
            foreach (var point in points)
            {
                w.WriteStringValue(JsonText.EnumName(point.Grade));
            }

            w.WriteEndArray();
            if (Array.Exists(points, static p => p.IsProgressOverridden))
            {
                w.WriteStartArray("progressOverridden"u8);
                foreach (var point in points)
                {
                    w.WriteBooleanValue(point.IsProgressOverridden);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteNumbers(Utf8JsonWriter w, ReadOnlySpan<byte> name, SeriesPoint[] points, Func<SeriesPoint, decimal?> select, bool required)
    {
        if (!required && Array.TrueForAll(points, p => select(p) is null))
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var point in points)
        {
            if (select(point) is { } number)
            {
                w.WriteNumberValue(number);
            }
            else
            {
                w.WriteNullValue();
            }
        }

        w.WriteEndArray();
    }
}
