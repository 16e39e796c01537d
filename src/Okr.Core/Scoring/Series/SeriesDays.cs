namespace Okr.Core.Scoring;

/// <summary>Days for a <see cref="ScorecardSeries"/>: every n-th day of a range, for example every Monday of a quarter.</summary>
public static class SeriesDays
{
    /// <summary>The days <paramref name="from"/>, <paramref name="from"/> + <paramref name="stepDays"/>, ... up to and
    /// including <paramref name="to"/> (which is in the list only when it falls on a step).</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day allowed; not before <paramref name="from"/>.</param>
    /// <param name="stepDays">The days between two days of the list, 1 or more (7 for weekly).</param>
    /// <returns>The days, ascending.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stepDays"/> is below 1, or <paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static IReadOnlyList<DateOnly> Every(DateOnly from, DateOnly to, int stepDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stepDays, 1);
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, string.Create(CultureInfo.InvariantCulture, $"The last day {to:yyyy-MM-dd} is before the first day {from:yyyy-MM-dd}."));
        }

        var days = new List<DateOnly>((to.DayNumber - from.DayNumber) / stepDays + 1);
        for (long day = from.DayNumber; day <= to.DayNumber; day += stepDays)
        {
            days.Add(DateOnly.FromDayNumber((int)day));
        }

        return days.AsReadOnly();
    }

    /// <summary>Every week of a period, on the period's first weekday: its start, a week later, and so on, up to its end.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The days, ascending.</returns>
    public static IReadOnlyList<DateOnly> Weekly(Period period) => Every(period.Start, period.End, 7);
}
