using System.Text.Encodings.Web;
using System.Text.Json;

namespace Okr.Core.Serialization;

/// <summary>The textual conventions of the format: camelCase enum names, ISO 8601 days, writer settings.</summary>
internal static class JsonText
{
    /// <summary>The schema version this code writes and reads.</summary>
    public const int SchemaVersion = 1;

    public static JsonWriterOptions WriterOptions(OkrJsonOptions options) => new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = options.WriteIndented,
        MaxDepth = options.MaxDepth,
    };

    public static JsonReaderOptions ReaderOptions(OkrJsonOptions options) => new()
    {
        MaxDepth = options.MaxDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    /// <summary>The camelCase name of an enum value; cached per defined value (the writers call this for every item).</summary>
    public static string EnumName<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        EnumNameCache<TEnum>.Names.TryGetValue(value, out var name) ? name : CamelCase(value);

    /// <summary>Exact (case-sensitive) lookup of a canonical camelCase enum name given as UTF-8, without allocating.</summary>
    public static bool TryParseCanonicalEnum<TEnum>(ReadOnlySpan<byte> utf8, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var (name, candidate) in EnumNameCache<TEnum>.Utf8)
        {
            if (utf8.SequenceEqual(name))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Writes a day as <c>yyyy-MM-dd</c> without allocating a string.</summary>
    public static void WriteDay(Utf8JsonWriter w, ReadOnlySpan<byte> name, DateOnly day)
    {
        Span<byte> text = stackalloc byte[16];
        w.WriteString(name, FormatDay(day, text));
    }

    /// <summary>Writes a day as <c>yyyy-MM-dd</c> without allocating a string.</summary>
    public static void WriteDay(Utf8JsonWriter w, JsonEncodedText name, DateOnly day)
    {
        Span<byte> text = stackalloc byte[16];
        w.WriteString(name, FormatDay(day, text));
    }

    private static ReadOnlySpan<byte> FormatDay(DateOnly day, Span<byte> text) =>
        day.TryFormat(text, out int written, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            ? text[..written]
            : throw new InvalidOperationException("A day did not fit its ten-character form.");

    private static string CamelCase<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        string name = Enum.GetName(value) ?? throw new ArgumentOutOfRangeException(nameof(value), value, $"Undefined {typeof(TEnum).Name} value.");
        return string.Create(name.Length, name, static (span, n) =>
        {
            n.AsSpan().CopyTo(span);
            span[0] = char.ToLowerInvariant(span[0]);
        });
    }

    public static bool TryParseEnum<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return text.Length > 0 && char.IsAsciiLetter(text[0]) && !text.Contains(',', StringComparison.Ordinal)
            && Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value);
    }

    public static string EnumNames<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetValues<TEnum>().Select(EnumName));

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static class EnumNameCache<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> Names = Enum.GetValues<TEnum>().Distinct().ToDictionary(v => v, CamelCase);

        public static readonly (byte[] Name, TEnum Value)[] Utf8 = Names.Select(e => (System.Text.Encoding.UTF8.GetBytes(e.Value), e.Key)).ToArray();
    }
}
