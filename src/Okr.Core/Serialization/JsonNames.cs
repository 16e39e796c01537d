using System.Text.Json;

namespace Okr.Core.Serialization;

/// <summary>The text of every <see cref="JsonName"/>, made once from the enum: as a string (reader, <see cref="KnownNames"/>)
/// and encoded as UTF-8 (writer, which then neither transcodes nor checks a name per item).</summary>
internal static class JsonNames
{
    private static readonly JsonName[] All = Enum.GetValues<JsonName>();

    private static readonly string[] Texts = All.Select(name => name == JsonName.None ? string.Empty : JsonText.EnumName(name)).ToArray();

    private static readonly JsonEncodedText[] Encoded = Texts.Select(text => JsonEncodedText.Encode(text)).ToArray();

    /// <summary>Every property name of the format, with its text.</summary>
    public static IEnumerable<(string Text, JsonName Name)> Properties =>
        All.Where(name => name != JsonName.None).Select(name => (Texts[(int)name], name));

    extension(JsonName name)
    {
        /// <summary>The property's wire name.</summary>
        public string Text => Texts[(int)name];

        /// <summary>The property's wire name, encoded for <see cref="Utf8JsonWriter"/>.</summary>
        public JsonEncodedText Utf8 => Encoded[(int)name];
    }
}
