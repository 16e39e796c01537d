using System.Text;
using System.Text.Json;
using Okr.Core.Scoring;
using Okr.Core.Serialization;

namespace Okr.Core;

/// <summary>The series form (docs/json-format.md, "Series"; schema/okr-series.schema.json).</summary>
public static partial class OkrJson
{
    /// <summary>Writes a series (<see cref="OkrScorer.ScoreSeries"/>) as JSON text: the days, then every item with one
    /// array per number (progress, value, expected progress, status, confidence, score, grade), one entry per day.</summary>
    /// <param name="series">The series.</param>
    /// <param name="options">The options (<see cref="OkrJsonOptions.WriteIndented"/>); null for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static string SerializeSeries(ScorecardSeries series, OkrJsonOptions? options = null)
    {
        using var buffer = Write(series, options);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a series as UTF-8 JSON bytes.</summary>
    /// <param name="series">The series.</param>
    /// <param name="options">The options; null for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <returns>The JSON document as UTF-8 bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static byte[] SerializeSeriesToUtf8Bytes(ScorecardSeries series, OkrJsonOptions? options = null)
    {
        using var buffer = Write(series, options);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a series to a stream as UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="series">The series.</param>
    /// <param name="options">The options; null for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="series"/> is null.</exception>
    public static void SerializeSeriesToStream(Stream utf8Json, ScorecardSeries series, OkrJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(series);
        using var writer = new Utf8JsonWriter(utf8Json, JsonText.WriterOptions(options ?? OkrJsonOptions.Default));
        SeriesJsonWriter.Write(writer, series);
    }

    /// <summary>Reads a series from JSON text. The series has its points as written and no plan
    /// (<see cref="ScorecardSeries.Plan"/> is null, <see cref="ScorecardSeries.ScorecardOn"/> is not available).</summary>
    /// <param name="json">The JSON document.</param>
    /// <param name="options">The options (<see cref="OkrJsonOptions.MaxDepth"/>); null for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="OkrJsonException">The document is not a valid series; the message names the JSON path and the problem.</exception>
    public static ScorecardSeries DeserializeSeries(string json, OkrJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return DeserializeSeriesFromUtf8(Encoding.UTF8.GetBytes(json), options);
    }

    /// <summary>Reads a series from UTF-8 JSON bytes (a leading byte order mark is skipped).</summary>
    /// <param name="utf8Json">The JSON document as UTF-8.</param>
    /// <param name="options">The options; null for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <returns>The series, without a plan.</returns>
    /// <exception cref="OkrJsonException">The document is not a valid series; the message names the JSON path and the problem.</exception>
    public static ScorecardSeries DeserializeSeriesFromUtf8(ReadOnlySpan<byte> utf8Json, OkrJsonOptions? options = null)
    {
        return SeriesJsonReader.Read(WithoutByteOrderMark(utf8Json), options ?? OkrJsonOptions.Default);
    }

    /// <summary>Reads a series from a stream of UTF-8 JSON, buffering at most <see cref="OkrJsonOptions.MaxDocumentBytes"/>.</summary>
    /// <param name="utf8Json">The stream, read to its end; left open.</param>
    /// <param name="options">The options; null for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <returns>The series, without a plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="OkrJsonException">The document is not a valid series, or the stream is longer than the limit.</exception>
    public static ScorecardSeries DeserializeSeriesFromStream(Stream utf8Json, OkrJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= OkrJsonOptions.Default;
        using var buffer = ReadToEnd(utf8Json, options);
        return DeserializeSeriesFromUtf8(buffer.WrittenSpan, options);
    }

    private static PooledBufferWriter Write(ScorecardSeries series, OkrJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var buffer = new PooledBufferWriter();
        try
        {
            using var writer = new Utf8JsonWriter(buffer, JsonText.WriterOptions(options ?? OkrJsonOptions.Default));
            SeriesJsonWriter.Write(writer, series);
        }
        catch
        {
            buffer.Dispose();
            throw;
        }

        return buffer;
    }
}
