using System.Text.Json;

namespace Okr.Core.Serialization;

/// <content>The walk over objects, arrays and properties: where duplicates are refused and unknown properties kept.</content>
internal sealed partial class PlanJsonReader
{
    private static void Next(ref Utf8JsonReader r)
    {
        if (!r.Read())
        {
            throw new JsonException("The JSON ends too early.");
        }
    }

    private static bool IsNull(ref Utf8JsonReader r) => r.TokenType == JsonTokenType.Null;

    private void ExpectObject(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            throw WrongType("an object", r.TokenType);
        }
    }

    private void ExpectArray(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.StartArray)
        {
            throw WrongType("an array", r.TokenType);
        }
    }

    /// <summary>
    /// Moves to the next property of an object of the given shape; on success the reader is on its value and the name is
    /// pushed on the path. <paramref name="property"/> is the name when the shape has it (a second one in the same object
    /// is refused, through <paramref name="seen"/>), otherwise <see cref="JsonName.None"/>: an unknown property, kept as
    /// it is (duplicates included) by the caller.
    /// </summary>
    private bool NextProperty(ref Utf8JsonReader r, JsonNameSet shape, ref JsonNameSet seen, out JsonName property, out string name)
    {
        Next(ref r);
        if (r.TokenType == JsonTokenType.EndObject)
        {
            property = JsonName.None;
            name = string.Empty;
            return false;
        }

        name = KnownNames.GetString(ref r, out property);
        path.Push(name);
        Next(ref r);
        if (!shape.Contains(property))
        {
            property = JsonName.None;
        }
        else if (seen.Contains(property))
        {
            throw Error(OkrJsonProblem.DuplicateProperty, "the property appears twice in the same object.");
        }
        else
        {
            seen = seen.With(property);
        }

        return true;
    }

    /// <summary>Moves to the next entry of an object whose names are data (strategy options, <c>progressByKind</c>); on
    /// success the reader is on its value and the name is pushed on the path.</summary>
    private bool NextEntry(ref Utf8JsonReader r, out string name)
    {
        Next(ref r);
        if (r.TokenType == JsonTokenType.EndObject)
        {
            name = string.Empty;
            return false;
        }

        name = KnownNames.GetString(ref r);
        path.Push(name);
        Next(ref r);
        return true;
    }

    private static bool NextItem(ref Utf8JsonReader r)
    {
        Next(ref r);
        return r.TokenType != JsonTokenType.EndArray;
    }

    private void Require<T>(T? value, JsonName name)
    {
        if (value is null)
        {
            throw Error(OkrJsonProblem.MissingProperty, $"the required property '{name.Text}' is missing.");
        }
    }

    private void Reset(int level) => unknown[level]?.Clear();

    private UnknownProperties Take(int level)
    {
        var list = unknown[level];
        var result = UnknownProperties.FromTrusted(list);
        list?.Clear();
        return result;
    }

    private void AddUnknown(ref Utf8JsonReader r, int level, string scope, string name)
    {
        using var document = JsonDocument.ParseValue(ref r);
        (unknown[level] ??= []).Add(new UnknownProperty(scope, name, UnknownProperties.Minify(document.RootElement)));
    }
}
