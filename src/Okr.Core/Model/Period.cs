namespace Okr.Core;

/// <summary>
/// A span of whole calendar days, both ends included (1 to 30 April is 30 days).
/// "As of" a day means at the end of that day.
/// </summary>
/// <remarks>Two periods are equal when their first and last days are equal.</remarks>
public readonly struct Period : IEquatable<Period>
{
    /// <summary>Creates a period from its first and last day, both included.</summary>
    /// <param name="start">The first day of the period.</param>
    /// <param name="end">The last day of the period; not before <paramref name="start"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public Period(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"The last day must not be before the first day ({start:yyyy-MM-dd}).");
        }

        Start = start;
        End = end;
    }

    /// <summary>The first day of the period.</summary>
    public DateOnly Start { get; }

    /// <summary>The last day of the period, included.</summary>
    public DateOnly End { get; }

    /// <summary>The number of days in the period, both ends included (at least 1).</summary>
    public int LengthInDays => End.DayNumber - Start.DayNumber + 1;

    /// <summary>Creates the calendar quarter <paramref name="quarter"/> (1 to 4) of <paramref name="year"/>.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The quarter, for example 1 January to 31 March for Q1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The quarter is not 1 to 4, or the year is out of range.</exception>
    public static Period Quarter(int year, int quarter)
    {
        if (quarter is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "The quarter must be 1, 2, 3 or 4.");
        }

        ValidateYear(year);
        var start = new DateOnly(year, (3 * (quarter - 1)) + 1, 1);
        return new Period(start, start.AddMonths(3).AddDays(-1));
    }

    /// <summary>Creates the calendar year <paramref name="year"/>, 1 January to 31 December.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns>The year as a period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static Period Year(int year)
    {
        ValidateYear(year);
        return new Period(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }

    /// <summary>The calendar quarter that contains <paramref name="day"/>.</summary>
    /// <param name="day">Any day.</param>
    /// <returns>The quarter containing the day.</returns>
    public static Period QuarterContaining(DateOnly day) => Quarter(day.Year, ((day.Month - 1) / 3) + 1);

    /// <summary>Whether <paramref name="day"/> lies within the period, both ends included.</summary>
    /// <param name="day">The day to test.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> &lt;= day &lt;= <see cref="End"/>.</returns>
    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>Whether <paramref name="other"/> lies entirely within this period.</summary>
    /// <param name="other">The period to test.</param>
    /// <returns><see langword="true"/> when both ends of <paramref name="other"/> are inside this period.</returns>
    public bool Contains(Period other) => other.Start >= Start && other.End <= End;

    /// <summary>
    /// The share of the period elapsed at the end of <paramref name="asOf"/>: 0 before the period,
    /// 1 from its last day on, (days elapsed including <paramref name="asOf"/>) / length in between.
    /// </summary>
    /// <param name="asOf">The day; the period is measured at the end of it.</param>
    /// <returns>A ratio from 0 to 1. For 1 to 30 April as of 15 April: 0.5.</returns>
    public decimal ElapsedFraction(DateOnly asOf)
    {
        if (asOf < Start)
        {
            return 0m;
        }

        if (asOf >= End)
        {
            return 1m;
        }

        return (decimal)(asOf.DayNumber - Start.DayNumber + 1) / LengthInDays;
    }

    /// <summary>The period of the same length that starts the day after this one ends.</summary>
    /// <returns>The next period; for a calendar quarter or year, the next calendar quarter or year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The next period would end after 31 December 9999.</exception>
    public Period Next()
    {
        var start = End.AddDays(1);
        if (Start.Day == 1 && End.AddDays(1).Day == 1)
        {
            int months = ((End.Year - Start.Year) * 12) + End.Month - Start.Month + 1;
            return new Period(start, start.AddMonths(months).AddDays(-1));
        }

        return new Period(start, start.AddDays(LengthInDays - 1));
    }

    /// <inheritdoc/>
    public bool Equals(Period other) => Start == other.Start && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Period other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>The period as <c>yyyy-MM-dd..yyyy-MM-dd</c>, culture-invariant.</summary>
    /// <returns>The text form, for example <c>2026-04-01..2026-06-30</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}");

    /// <summary>Parses the <c>yyyy-MM-dd..yyyy-MM-dd</c> form written by <see cref="ToString"/>, culture-invariant.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not in the expected form.</exception>
    public static Period Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int separator = text.IndexOf("..", StringComparison.Ordinal);
        if (separator < 0
            || !DateOnly.TryParseExact(text.AsSpan(0, separator), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !DateOnly.TryParseExact(text.AsSpan(separator + 2), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            || end < start)
        {
            throw new FormatException($"'{text}' is not a period of the form yyyy-MM-dd..yyyy-MM-dd with the last day not before the first.");
        }

        return new Period(start, end);
    }

    /// <summary>Whether two periods are equal.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when both ends are equal.</returns>
    public static bool operator ==(Period left, Period right) => left.Equals(right);

    /// <summary>Whether two periods differ.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when either end differs.</returns>
    public static bool operator !=(Period left, Period right) => !left.Equals(right);

    private static void ValidateYear(int year)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be between 1 and 9999.");
        }
    }
}
