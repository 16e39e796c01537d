namespace Okr.Core.Integrations;

/// <summary>Culture-invariant date parsing with configurable exact formats, then ISO 8601.</summary>
internal sealed class DateReader
{
    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
    ];

    private readonly string[] formats;
    private readonly CultureInfo culture;
    private readonly TimeSpan offset;

    public DateReader(ImportOptions options, IEnumerable<string> vendorFormats)
    {
        formats = options.DateFormats.IsDefaultOrEmpty ? [.. vendorFormats] : [.. options.DateFormats];
        culture = options.Culture ?? CultureInfo.InvariantCulture;
        offset = options.DefaultOffset;
    }

    /// <summary>Parses a moment; text without an offset gets the options' default offset.</summary>
    public bool TryMoment(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        foreach (var format in formats)
        {
            if (DateTime.TryParseExact(text, format, culture, DateTimeStyles.AllowWhiteSpaces, out var local))
            {
                value = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset);
                return true;
            }
        }

        // "2019-02-15T19:01:52.971-0800": an offset without a colon, as Jira writes it.
        if (text.Length > 5 && (text[^5] == '+' || text[^5] == '-') && text.AsSpan(text.Length - 4).IndexOfAnyExceptInRange('0', '9') < 0
            && text.IndexOf('T', StringComparison.Ordinal) > 0)
        {
            text = string.Concat(text.AsSpan(0, text.Length - 2), ":", text.AsSpan(text.Length - 2));
        }

        foreach (var format in IsoFormats)
        {
            if (DateTimeOffset.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                value = format.EndsWith('K') || format.EndsWith("zzz", StringComparison.Ordinal) ? parsed
                    : new DateTimeOffset(DateTime.SpecifyKind(parsed.DateTime, DateTimeKind.Unspecified), offset);
                if (format.EndsWith('K') && parsed.Offset == TimeSpan.Zero && !text.EndsWith('Z') && !text.EndsWith("+00:00", StringComparison.Ordinal))
                {
                    // K with no zone designator in the text: a local wall-clock time.
                    value = new DateTimeOffset(DateTime.SpecifyKind(parsed.DateTime, DateTimeKind.Unspecified), offset);
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>Parses a calendar day: the wall-clock date as written.</summary>
    public bool TryDay(string? text, out DateOnly value)
    {
        if (TryMoment(text, out var moment))
        {
            value = DateOnly.FromDateTime(moment.DateTime);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Reads an optional moment: blank gives null; unparseable gives null and a warning.</summary>
    public DateTimeOffset? Moment(string? text, string column, ImportCollector collector, string location, string key)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (TryMoment(text, out var value))
        {
            return value;
        }

        collector.Warn(location, key, $"'{text}' in {column} is not a date in any of the formats {string.Join(", ", formats.Concat(["ISO 8601"]))}; ignored.");
        return null;
    }

    /// <summary>Reads an optional day: blank gives null; unparseable gives null and a warning.</summary>
    public DateOnly? Day(string? text, string column, ImportCollector collector, string location, string key) =>
        Moment(text, column, collector, location, key) is { } m ? DateOnly.FromDateTime(m.DateTime) : null;

    /// <summary>Reads an optional Unix time in milliseconds (a JSON number or a string of digits, as ClickUp writes it):
    /// null or blank gives null; anything else gives null and a warning.</summary>
    public DateTimeOffset? UnixMilliseconds(string? text, string column, ImportCollector collector, string location, string key)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long ms)
            && ms >= DateTimeOffset.MinValue.ToUnixTimeMilliseconds() && ms <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(ms).ToOffset(offset);
        }

        collector.Warn(location, key, $"'{text}' in {column} is not a Unix time in milliseconds; ignored.");
        return null;
    }

    /// <summary>Reads an optional Unix time in milliseconds as the calendar day at the options' default offset.</summary>
    public DateOnly? UnixDay(string? text, string column, ImportCollector collector, string location, string key) =>
        UnixMilliseconds(text, column, collector, location, key) is { } m ? DateOnly.FromDateTime(m.DateTime) : null;
}
