using System.Buffers;
using System.Text;
using System.Text.Json;
using Okr.Core.Scoring;

namespace Okr.Core.Serialization;

/// <content>Reads the scalars: strings, ids, numbers, Booleans, days, instants, units, enum values.</content>
internal sealed partial class PlanJsonReader
{
    private string ReadString(ref Utf8JsonReader r) =>
        r.TokenType == JsonTokenType.String ? r.GetString()! : throw WrongType("a string", r.TokenType);

    private string ReadKnownString(ref Utf8JsonReader r) =>
        r.TokenType == JsonTokenType.String ? KnownNames.GetString(ref r) : throw WrongType("a string", r.TokenType);

    private string? ReadOptionalString(ref Utf8JsonReader r) => IsNull(ref r) ? null : ReadString(ref r);

    private string ReadId(ref Utf8JsonReader r)
    {
        string id = ReadString(ref r);
        return string.IsNullOrWhiteSpace(id) ? throw Error(OkrJsonProblem.InvalidValue, "an id must not be empty or white space.") : id;
    }

    private decimal ReadDecimal(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.Number)
        {
            throw WrongType("a number", r.TokenType);
        }

        // A non-zero number too small for decimal (1e-400, 1e-29) reads as 0: refuse it like one too large, so nothing
        // the user wrote is silently changed.
        return r.TryGetDecimal(out decimal value) && (value != 0m || !HasNonZeroDigit(ref r))
            ? value
            : throw Error(OkrJsonProblem.NumberOutOfRange, $"the number {RawText(ref r)} is outside the range of a decimal (about ±7.9e28, 28 decimal places).");
    }

    /// <summary>Whether the number token's digits before any exponent include one other than 0.</summary>
    private static bool HasNonZeroDigit(ref Utf8JsonReader r)
    {
        ReadOnlySpan<byte> text = r.HasValueSequence ? r.ValueSequence.ToArray() : r.ValueSpan;
        foreach (byte b in text)
        {
            if (b is (byte)'e' or (byte)'E')
            {
                return false;
            }

            if (b is >= (byte)'1' and <= (byte)'9')
            {
                return true;
            }
        }

        return false;
    }

    private int ReadInt(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.Number)
        {
            throw WrongType("an integer", r.TokenType);
        }

        if (r.TryGetInt32(out int value))
        {
            return value;
        }

        return r.TryGetDecimal(out decimal d) && d == decimal.Truncate(d)
            ? throw Error(OkrJsonProblem.NumberOutOfRange, $"the integer {RawText(ref r)} is outside the range of a 32-bit integer.")
            : throw Error(OkrJsonProblem.InvalidValue, $"expected an integer but found {RawText(ref r)}.");
    }

    private bool ReadBoolean(ref Utf8JsonReader r) => r.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw WrongType("true or false", r.TokenType),
    };

    private DateOnly ReadDay(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.String && !r.HasValueSequence && !r.ValueIsEscaped && TryParseDay(r.ValueSpan, out var fast))
        {
            return fast;
        }

        string text = ReadString(ref r);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw Error(OkrJsonProblem.InvalidValue, $"'{text}' is not an ISO 8601 calendar date (yyyy-MM-dd).");
    }

    private DateTimeOffset ReadInstant(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.String && !r.HasValueSequence && !r.ValueIsEscaped)
        {
            // The same test as below on the raw bytes (unescaped, so the same characters), without making a string.
            var raw = r.ValueSpan;
            int tAt = raw.IndexOf((byte)'T');
            bool offset = tAt > 0 && (raw[^1] is (byte)'Z' or (byte)'z' || raw[tAt..].IndexOfAny((byte)'+', (byte)'-') > 0);
            if (offset && r.TryGetDateTimeOffset(out var fast))
            {
                return fast;
            }
        }

        string text = ReadString(ref r);
        int t = text.IndexOf('T', StringComparison.Ordinal);
        bool hasOffset = t > 0 && (text.EndsWith('Z') || text.EndsWith('z') || text.IndexOfAny(['+', '-'], t) > 0);
        return hasOffset && r.TryGetDateTimeOffset(out var instant)
            ? instant
            : throw Error(OkrJsonProblem.InvalidValue, $"'{text}' is not an ISO 8601 date and time with an offset (for example 2026-04-15T09:30:00+02:00).");
    }

    private MetricUnit ReadUnit(ref Utf8JsonReader r)
    {
        string text = ReadString(ref r);
        try
        {
            return MetricUnit.Parse(text);
        }
        catch (FormatException e)
        {
            throw Error(OkrJsonProblem.InvalidValue, e.Message, e);
        }
    }

    private TEnum ReadEnum<TEnum>(ref Utf8JsonReader r)
        where TEnum : struct, Enum =>
        r.TokenType == JsonTokenType.String && !r.HasValueSequence && !r.ValueIsEscaped && JsonText.TryParseCanonicalEnum(r.ValueSpan, out TEnum canonical)
            ? canonical
            : ParseEnum<TEnum>(ReadString(ref r), null);

    /// <summary>Parses exactly <c>dddd-dd-dd</c> (ASCII digits) naming a real day; anything else is left to the
    /// general path, which gives the same answer for these inputs and the error message for the rest.</summary>
    private static bool TryParseDay(ReadOnlySpan<byte> text, out DateOnly day)
    {
        day = default;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-')
        {
            return false;
        }

        int year = 0, month = 0, dayOfMonth = 0;
        for (int i = 0; i < 10; i++)
        {
            if (i is 4 or 7)
            {
                continue;
            }

            int digit = text[i] - (byte)'0';
            if ((uint)digit > 9)
            {
                return false;
            }

            if (i < 4)
            {
                year = (year * 10) + digit;
            }
            else if (i < 7)
            {
                month = (month * 10) + digit;
            }
            else
            {
                dayOfMonth = (dayOfMonth * 10) + digit;
            }
        }

        if (year < 1 || month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        day = new DateOnly(year, month, dayOfMonth);
        return true;
    }

    private TEnum ParseEnum<TEnum>(string text, string? property)
        where TEnum : struct, Enum
    {
        if (JsonText.TryParseEnum(text, out TEnum value))
        {
            return value;
        }

        if (property is not null)
        {
            path.Push(property);
        }

        throw Error(OkrJsonProblem.InvalidValue, $"'{text}' is not one of {JsonText.EnumNames<TEnum>()}.");
    }

    private StartEqualsTargetRule StartEqualsTarget(string? text) =>
        text is null ? StartEqualsTargetRule.NotScored : ParseEnum<StartEqualsTargetRule>(text, JsonName.WhenStartEqualsTarget.Text);

    private static string RawText(ref Utf8JsonReader r) =>
        Encoding.UTF8.GetString(r.HasValueSequence ? r.ValueSequence.ToArray() : r.ValueSpan);
}
