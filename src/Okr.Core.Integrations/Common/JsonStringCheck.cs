using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Okr.Core.Integrations;

/// <summary>
/// Finds the first string (property name or value) of a JSON value that cannot be read as text: bytes that are not UTF-8,
/// or an escaped surrogate without its pair (<c>"\ud800"</c>). <see cref="JsonDocument"/> accepts both and only
/// <see cref="JsonElement.GetString"/> fails later (<see cref="InvalidOperationException"/>), so importers check each
/// value up front and refuse the input with the string's JSON path. No recursion.
/// </summary>
internal static class JsonStringCheck
{
    /// <summary>Throws <see cref="ImportFormatException"/> naming the path of the first unreadable string in <paramref name="value"/>.</summary>
    /// <param name="value">The UTF-8 bytes of one JSON value, already known to be well-formed JSON.</param>
    /// <param name="path">The value's JSON path.</param>
    public static void ThrowIfUnreadable(ReadOnlySpan<byte> value, string path)
    {
        // The common case costs one vectorised pass: valid UTF-8 and no escaped surrogate at all.
        if (Utf8.IsValid(value) && !HasSurrogateEscape(value))
        {
            return;
        }

        if (FindUnreadable(value, path) is { } bad)
        {
            throw new ImportFormatException(bad, "A string is not valid UTF-8 text (a byte sequence that is not UTF-8, or an escaped surrogate without its pair); save the export as UTF-8.");
        }
    }

    /// <summary>Whether <paramref name="value"/> holds <c>\uD800</c> to <c>\uDFFF</c> (either case), the only escapes that can be unreadable.</summary>
    private static bool HasSurrogateEscape(ReadOnlySpan<byte> value)
    {
        int at;
        while ((at = value.IndexOf("\\u"u8)) >= 0)
        {
            var rest = value[(at + 2)..];
            if (rest.Length >= 2 && rest[0] is (byte)'d' or (byte)'D' && rest[1] is (>= (byte)'8' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f') or (>= (byte)'A' and <= (byte)'F'))
            {
                return true;
            }

            value = rest;
        }

        return false;
    }

    private static string? FindUnreadable(ReadOnlySpan<byte> value, string path)
    {
        var reader = new Utf8JsonReader(value, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 1024 });
        var frames = new List<Frame>();
        while (reader.Read())
        {
            var token = reader.TokenType;
            if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                frames.RemoveAt(frames.Count - 1);
                continue;
            }

            if (token == JsonTokenType.PropertyName)
            {
                string? name = Readable(ref reader);
                frames[^1] = frames[^1] with { Name = name };
                if (name is null)
                {
                    return PathOf(path, frames) + " (a property name)";
                }

                continue;
            }

            if (frames.Count > 0 && frames[^1].IsArray)
            {
                frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
            }

            if (token == JsonTokenType.String && Readable(ref reader) is null)
            {
                return PathOf(path, frames);
            }

            if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                frames.Add(new Frame(token == JsonTokenType.StartArray, -1, null));
            }
        }

        return null;
    }

    private static string? Readable(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string PathOf(string path, List<Frame> frames)
    {
        var text = new StringBuilder(path);
        foreach (var frame in frames)
        {
            if (frame.IsArray)
            {
                text.Append('[').Append(frame.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (frame.Name is { } name)
            {
                text.Append('.').Append(name);
            }
        }

        return text.ToString();
    }

    private readonly record struct Frame(bool IsArray, int Index, string? Name);
}
