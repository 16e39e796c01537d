using System.Text.Json;

namespace Okr.Core.Integrations;

/// <summary>
/// Reads a JSON document from a stream one value at a time: each property of the root object (each element when the
/// property is one of the streamed arrays), or each element of a root array. Only one value is held in memory at a
/// time, plus a read buffer that grows only to the size of the largest single value. No recursion.
/// </summary>
internal static class JsonValueStream
{
    private const int BeforeRoot = 0;
    private const int InRootObject = 1;
    private const int PropertyValue = 2;
    private const int InStreamedArray = 3;
    private const int InRootArray = 4;
    private const int Done = 5;

    /// <summary>Calls <paramref name="onValue"/> with (property, index, value): index is -1 for a whole property value,
    /// the element index inside a streamed array, and property is empty for the elements of a root array.</summary>
    /// <returns>The arrays met, even empty ones: the streamed properties' names, and the empty string for a root array.</returns>
    public static IReadOnlySet<string> Read(Stream stream, IReadOnlySet<string> streamedArrays, Action<string, int, JsonElement> onValue)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var arrays = new HashSet<string>(StringComparer.Ordinal);
        byte[] buffer = new byte[64 * 1024];
        int length = 0;
        bool final = false;
        bool bomChecked = false;
        var state = new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        int phase = BeforeRoot;
        string property = string.Empty;
        int index = 0;
        long offset = 0;

        while (phase != Done)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, checked(buffer.Length * 2));
            }

            if (!final)
            {
                int n = stream.Read(buffer, length, buffer.Length - length);
                if (n == 0)
                {
                    final = true;
                }

                length += n;
            }

            int start = 0;
            if (!bomChecked && (length >= 3 || final))
            {
                bomChecked = true;
                if (length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
                {
                    start = 3;
                }
            }
            else if (!bomChecked)
            {
                continue;
            }

            int consumed;
            try
            {
                consumed = start + Step(buffer.AsSpan(start, length - start), final, ref state, ref phase, ref property, ref index, streamedArrays, onValue, buffer, start, arrays);
            }
            catch (JsonException ex)
            {
                throw new ImportFormatException(Location(property, phase, index), $"The JSON is malformed near byte {offset + (ex.BytePositionInLine ?? 0)}: {ex.Message}", ex);
            }

            if (phase == Done)
            {
                return arrays;
            }

            if (final && consumed >= length)
            {
                throw new ImportFormatException(Location(property, phase, index), "The JSON ends before the document is complete.");
            }

            if (final && consumed == 0 && length > 0)
            {
                throw new ImportFormatException(Location(property, phase, index), "The JSON ends before the document is complete.");
            }

            offset += consumed;
            Buffer.BlockCopy(buffer, consumed, buffer, 0, length - consumed);
            length -= consumed;
        }

        return arrays;
    }

    /// <summary>Puts the root properties of a single object, read one by one, back together as one document.</summary>
    public static JsonDocument Assemble(IEnumerable<KeyValuePair<string, JsonElement>> properties)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in properties)
            {
                writer.WritePropertyName(name);
                value.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return JsonDocument.Parse(buffer.WrittenMemory);
    }

    /// <summary>A root property's name; one that is not readable text (invalid UTF-8, a lone surrogate escape) refuses the input.</summary>
    private static string PropertyName(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException ex)
        {
            throw new ImportFormatException("$", "A property name is not valid UTF-8 text; save the export as UTF-8.", ex);
        }
    }

    private static string Location(string property, int phase, int index) => phase switch
    {
        InStreamedArray => string.Create(CultureInfo.InvariantCulture, $"$.{property}[{index}]"),
        InRootArray => string.Create(CultureInfo.InvariantCulture, $"$[{index}]"),
        PropertyValue => "$." + property,
        _ => "$",
    };

    private static int Step(ReadOnlySpan<byte> data, bool final, ref JsonReaderState state, ref int phase, ref string property, ref int index,
        IReadOnlySet<string> streamedArrays, Action<string, int, JsonElement> onValue, byte[] buffer, int bufferStart, HashSet<string> arrays)
    {
        var reader = new Utf8JsonReader(data, final, state);
        while (true)
        {
            var savedState = reader.CurrentState;
            long savedPosition = reader.BytesConsumed;
            if (!reader.Read())
            {
                state = reader.CurrentState;
                return (int)reader.BytesConsumed;
            }

            switch (phase)
            {
                case BeforeRoot:
                    phase = reader.TokenType switch
                    {
                        JsonTokenType.StartObject => InRootObject,
                        JsonTokenType.StartArray => InRootArray,
                        _ => throw new ImportFormatException("$", "The JSON root must be an object or an array."),
                    };
                    if (phase == InRootArray)
                    {
                        arrays.Add(string.Empty);
                    }

                    continue;
                case InRootObject:
                    if (reader.TokenType == JsonTokenType.EndObject)
                    {
                        phase = Done;
                        return (int)reader.BytesConsumed;
                    }

                    property = PropertyName(ref reader);
                    phase = PropertyValue;
                    continue;
                case PropertyValue when reader.TokenType == JsonTokenType.StartArray && streamedArrays.Contains(property):
                    phase = InStreamedArray;
                    arrays.Add(property);
                    index = 0;
                    continue;
                case InStreamedArray or InRootArray when reader.TokenType == JsonTokenType.EndArray:
                    phase = phase == InRootArray ? Done : InRootObject;
                    if (phase == Done)
                    {
                        return (int)reader.BytesConsumed;
                    }

                    continue;
            }

            long tokenStart = reader.TokenStartIndex;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
            {
                state = savedState;
                return (int)savedPosition;
            }

            int valueStart = bufferStart + (int)tokenStart;
            int valueLength = (int)(reader.BytesConsumed - tokenStart);
            JsonStringCheck.ThrowIfUnreadable(buffer.AsSpan(valueStart, valueLength), Location(property, phase, index));
            using (var document = JsonDocument.Parse(buffer.AsMemory(valueStart, valueLength)))
            {
                onValue(phase == InRootArray ? string.Empty : property, phase == PropertyValue ? -1 : index, document.RootElement);
            }

            if (phase == PropertyValue)
            {
                phase = InRootObject;
            }
            else
            {
                index++;
            }
        }
    }
}
