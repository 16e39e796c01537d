using System.Buffers;
using System.Text;
using System.Text.Json;
using Okr.Core.Scoring;
using Okr.Core.Serialization;

namespace Okr.Core;

/// <summary>
/// Reads and writes plans (and writes scorecards) in Okr.Core's documented JSON interchange format
/// (<c>docs/json-format.md</c>, <c>schema/okr-plan.schema.json</c>), over strings, UTF-8 bytes and streams.
/// Reflection-free: safe under trimming and native AOT.
/// </summary>
/// <remarks>
/// Reading is strict and total: every problem with the input (malformed JSON, wrong types, missing properties, unknown
/// kinds or strategies, duplicate ids, dangling references, cycles, numbers out of range, nesting deeper than
/// <see cref="OkrJsonOptions.MaxDepth"/>, streams longer than <see cref="OkrJsonOptions.MaxDocumentBytes"/>) is an
/// <see cref="OkrJsonException"/> naming the JSON path. Unknown properties are kept (<see cref="UnknownProperties"/>)
/// and written back. Writing is canonical: writing what was read from a canonical document gives the same bytes.
/// </remarks>
/// <example>
/// <code>
/// string json = OkrJson.Serialize(plan);
/// OkrPlan copy = OkrJson.Deserialize(json);
/// </code>
/// </example>
[System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The System.Text.Json JsonSerializer shape users know: one overload per input, each with optional options (and token); the input types never overlap.")]
public static partial class OkrJson
{
    private const int StreamChunk = 64 * 1024;

    /// <summary>Writes a plan as JSON text.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="options">The options; null for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static string Serialize(OkrPlan plan, OkrJsonOptions? options = null)
    {
        using var buffer = Write(plan, options);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a plan as UTF-8 JSON bytes.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="options">The options; null for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <returns>The JSON document as UTF-8 bytes, without a byte order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(OkrPlan plan, OkrJsonOptions? options = null)
    {
        using var buffer = Write(plan, options);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a plan to a stream as UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="options">The options; null for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="plan"/> is null.</exception>
    public static void Serialize(Stream utf8Json, OkrPlan plan, OkrJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(plan);
        using var writer = new Utf8JsonWriter(utf8Json, JsonText.WriterOptions(options ?? OkrJsonOptions.Default));
        PlanJsonWriter.Write(writer, plan);
    }

    /// <summary>Writes a plan to a stream as UTF-8 JSON, asynchronously.</summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="options">The options; null for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written and flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="plan"/> is null.</exception>
    public static Task SerializeAsync(Stream utf8Json, OkrPlan plan, OkrJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(plan);
        return WriteAsync(utf8Json, Write(plan, options), cancellationToken);
    }

    /// <summary>Writes a scorecard (every item's progress, value, expected progress, status, confidence and score;
    /// with <see cref="OkrJsonOptions.IncludeExplanations"/> each explanation, with <see cref="OkrJsonOptions.IncludeForecast"/>
    /// each forecast, with <see cref="OkrJsonOptions.IncludeStaleness"/> the stale check-ins) as JSON text.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="options">The options; null for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is null.</exception>
    public static string Serialize(Scorecard scorecard, OkrJsonOptions? options = null)
    {
        using var buffer = Write(scorecard, options);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a scorecard as UTF-8 JSON bytes.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="options">The options; null for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <returns>The JSON document as UTF-8 bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(Scorecard scorecard, OkrJsonOptions? options = null)
    {
        using var buffer = Write(scorecard, options);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a scorecard to a stream as UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="options">The options; null for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="scorecard"/> is null.</exception>
    public static void Serialize(Stream utf8Json, Scorecard scorecard, OkrJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(scorecard);
        options ??= OkrJsonOptions.Default;
        using var writer = new Utf8JsonWriter(utf8Json, JsonText.WriterOptions(options));
        ScorecardJsonWriter.Write(writer, scorecard, options);
    }

    /// <summary>Writes a scorecard to a stream as UTF-8 JSON, asynchronously.</summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="options">The options; null for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written and flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="scorecard"/> is null.</exception>
    public static Task SerializeAsync(Stream utf8Json, Scorecard scorecard, OkrJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(scorecard);
        return WriteAsync(utf8Json, Write(scorecard, options), cancellationToken);
    }

    /// <summary>Reads a plan from JSON text.</summary>
    /// <param name="json">The JSON document.</param>
    /// <param name="options">The options; null for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="OkrJsonException">The document is not a valid plan; the message names the JSON path and the problem.</exception>
    public static OkrPlan Deserialize(string json, OkrJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Deserialize(Encoding.UTF8.GetBytes(json), options);
    }

    /// <summary>Reads a plan from UTF-8 JSON bytes (a leading byte order mark is skipped).</summary>
    /// <param name="utf8Json">The JSON document as UTF-8.</param>
    /// <param name="options">The options; null for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="OkrJsonException">The document is not a valid plan; the message names the JSON path and the problem.</exception>
    public static OkrPlan Deserialize(ReadOnlySpan<byte> utf8Json, OkrJsonOptions? options = null)
    {
        return new PlanJsonReader(options ?? OkrJsonOptions.Default).ReadDocument(WithoutByteOrderMark(utf8Json));
    }

    /// <summary>Reads a plan from a stream of UTF-8 JSON, buffering at most <see cref="OkrJsonOptions.MaxDocumentBytes"/>.</summary>
    /// <param name="utf8Json">The stream, read to its end; left open.</param>
    /// <param name="options">The options; null for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="OkrJsonException">The document is not a valid plan, or the stream is longer than the limit.</exception>
    public static OkrPlan Deserialize(Stream utf8Json, OkrJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= OkrJsonOptions.Default;
        using var buffer = ReadToEnd(utf8Json, options);
        return Deserialize(buffer.WrittenSpan, options);
    }

    /// <summary>Reads a plan from a stream of UTF-8 JSON asynchronously, buffering at most <see cref="OkrJsonOptions.MaxDocumentBytes"/>.</summary>
    /// <param name="utf8Json">The stream, read to its end; left open.</param>
    /// <param name="options">The options; null for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="OkrJsonException">The document is not a valid plan, or the stream is longer than the limit.</exception>
    public static ValueTask<OkrPlan> DeserializeAsync(Stream utf8Json, OkrJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return ReadAsync(utf8Json, options ?? OkrJsonOptions.Default, cancellationToken);
    }

    private static async Task WriteAsync(Stream utf8Json, PooledBufferWriter buffer, CancellationToken cancellationToken)
    {
        using (buffer)
        {
            await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            await utf8Json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async ValueTask<OkrPlan> ReadAsync(Stream utf8Json, OkrJsonOptions options, CancellationToken cancellationToken)
    {
        using var buffer = new PooledBufferWriter(StreamChunk);
        while (true)
        {
            int read = await utf8Json.ReadAsync(buffer.GetMemory(StreamChunk), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            buffer.Advance(read);
            CheckSize(buffer, options);
        }

        return Deserialize(buffer.WrittenSpan, options);
    }

    /// <summary>The document without a leading UTF-8 byte order mark.</summary>
    private static ReadOnlySpan<byte> WithoutByteOrderMark(ReadOnlySpan<byte> utf8Json) =>
        utf8Json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? utf8Json[3..] : utf8Json;

    /// <summary>Reads a stream to its end into a pooled buffer (the caller disposes it), refusing more than
    /// <see cref="OkrJsonOptions.MaxDocumentBytes"/>.</summary>
    private static PooledBufferWriter ReadToEnd(Stream utf8Json, OkrJsonOptions options)
    {
        var buffer = new PooledBufferWriter(StreamChunk);
        try
        {
            while (true)
            {
                int read = utf8Json.Read(buffer.GetSpan(StreamChunk));
                if (read == 0)
                {
                    return buffer;
                }

                buffer.Advance(read);
                CheckSize(buffer, options);
            }
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private static void CheckSize(PooledBufferWriter buffer, OkrJsonOptions options)
    {
        if (buffer.WrittenCount > options.MaxDocumentBytes)
        {
            throw new OkrJsonException(
                OkrJsonProblem.TooLarge,
                "$",
                string.Create(CultureInfo.InvariantCulture, $"the stream holds more than the maximum document size of {options.MaxDocumentBytes} bytes (OkrJsonOptions.MaxDocumentBytes)."));
        }
    }

    private static PooledBufferWriter Write(OkrPlan plan, OkrJsonOptions? options)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var buffer = new PooledBufferWriter();
        try
        {
            using var writer = new Utf8JsonWriter(buffer, JsonText.WriterOptions(options ?? OkrJsonOptions.Default));
            PlanJsonWriter.Write(writer, plan);
        }
        catch
        {
            buffer.Dispose();
            throw;
        }

        return buffer;
    }

    private static PooledBufferWriter Write(Scorecard scorecard, OkrJsonOptions? options)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        options ??= OkrJsonOptions.Default;
        var buffer = new PooledBufferWriter();
        try
        {
            using var writer = new Utf8JsonWriter(buffer, JsonText.WriterOptions(options));
            ScorecardJsonWriter.Write(writer, scorecard, options);
        }
        catch
        {
            buffer.Dispose();
            throw;
        }

        return buffer;
    }
}
