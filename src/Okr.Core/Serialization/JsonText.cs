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

    public static string EnumName<TEnum>(TEnum value)
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
}
