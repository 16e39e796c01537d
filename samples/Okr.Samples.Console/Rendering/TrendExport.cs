using System.Globalization;
using System.Text;
using System.Text.Json;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Analysis;

namespace Okr.Samples.Cli.Rendering;

/// <summary>
/// <c>okr trend --format json|csv</c>, for scripts: every day drawn with its progress, expected progress, value and
/// status (exact decimals, progress as a ratio, 1 = 100%), and the forecast to the period's end.
/// </summary>
internal static class TrendExport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// The trend as one JSON document: <c>{ id, kind, title, asOf, from, to, every, period {start, end},
    /// points [{ day, progress, expectedProgress, value, status }], forecast { value, progress, low, high,
    /// reachesTargetOn, reach, explanation, notForecastReason } | null }</c>; points run from <c>from</c> to <c>to</c>
    /// (progress drawn), then on to the period's end with <c>progress</c>, <c>value</c> and <c>status</c> null (only the
    /// expected line is drawn there); the forecast is null for initiatives and tasks.
    /// </summary>
    public static string Json(Trend trend)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", 1);
            json.WriteString("id", trend.Id);
            json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(trend.Kind.ToString()));
            json.WriteString("title", trend.Title);
            json.WriteString("asOf", Display.Day(trend.AsOf));
            json.WriteString("from", Display.Day(trend.From));
            json.WriteString("to", Display.Day(trend.To));
            json.WriteString("every", trend.Step == 1 ? "day" : "week");
            json.WriteStartObject("period");
            json.WriteString("start", Display.Day(trend.Period.Start));
            json.WriteString("end", Display.Day(trend.Period.End));
            json.WriteEndObject();
            json.WriteStartArray("points");
            foreach (var point in trend.Points)
            {
                bool known = point.Day <= trend.To;
                json.WriteStartObject();
                json.WriteString("day", Display.Day(point.Day));
                Number(json, "progress", known ? point.Progress?.Ratio : null);
                Number(json, "expectedProgress", point.ExpectedProgress?.Ratio);
                Number(json, "value", known ? point.Value : null);
                if (known)
                {
                    json.WriteString("status", JsonNamingPolicy.CamelCase.ConvertName(point.Status.ToString()));
                }
                else
                {
                    json.WriteNull("status");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            Forecast(json, trend.Forecast);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>
    /// The trend as CSV (RFC 4180, invariant culture): <c>day,series,progress,expected_progress,value,status,low,high</c>;
    /// one <c>actual</c> row per day drawn up to <c>to</c>, one <c>expected</c> row per later day up to the period's end,
    /// and one <c>forecast</c> row on the period's last day with the projected progress, value and band (none when the
    /// item is not forecast).
    /// </summary>
    public static string Csv(Trend trend)
    {
        var text = new StringBuilder("day,series,progress,expected_progress,value,status,low,high\n");
        foreach (var point in trend.Points)
        {
            bool known = point.Day <= trend.To;
            text.Append(Display.Day(point.Day)).Append(known ? ",actual," : ",expected,")
                .Append(known ? Number(point.Progress?.Ratio) : string.Empty).Append(',')
                .Append(Number(point.ExpectedProgress?.Ratio)).Append(',')
                .Append(known ? Number(point.Value) : string.Empty).Append(',')
                .Append(known ? JsonNamingPolicy.CamelCase.ConvertName(point.Status.ToString()) : string.Empty).Append(",,\n");
        }

        if (trend.Forecast is { IsForecast: true } f)
        {
            text.Append(Display.Day(trend.Period.End)).Append(",forecast,")
                .Append(Number(f.Progress?.Ratio)).Append(",,")
                .Append(Number(f.Value)).Append(",,")
                .Append(Number(f.Low?.Ratio)).Append(',')
                .Append(Number(f.High?.Ratio)).Append('\n');
        }

        return text.ToString();
    }

    private static void Forecast(Utf8JsonWriter json, ItemForecast? forecast)
    {
        if (forecast is null)
        {
            json.WriteNull("forecast");
            return;
        }

        json.WriteStartObject("forecast");
        Number(json, "value", forecast.Value);
        Number(json, "progress", forecast.Progress?.Ratio);
        Number(json, "low", forecast.Low?.Ratio);
        Number(json, "high", forecast.High?.Ratio);
        if (forecast.ReachesTargetOn is { } day)
        {
            json.WriteString("reachesTargetOn", Display.Day(day));
        }
        else
        {
            json.WriteNull("reachesTargetOn");
        }

        json.WriteString("reach", JsonNamingPolicy.CamelCase.ConvertName(forecast.Reach.ToString()));
        json.WriteString("explanation", forecast.Explanation);
        json.WriteString("notForecastReason", forecast.NotForecastReason);
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Number(decimal? value) => value?.ToString(Invariant) ?? string.Empty;
}
