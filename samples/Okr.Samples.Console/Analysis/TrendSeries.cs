using Okr.Core;
using Okr.Core.Scoring;

namespace Okr.Samples.Cli.Analysis;

/// <summary>One item as scored as of one day: what <c>okr trend</c> and the report's burn-up charts draw.</summary>
internal readonly record struct TrendPoint(DateOnly Day, Progress? Progress, Progress? ExpectedProgress, decimal? Value, OkrStatus Status);

/// <summary>
/// Items' progress over a series of days, exactly as scoring the plan as of each day gives it. The one place the
/// console and the report get a history from.
/// </summary>
internal static class TrendSeries
{
    /// <summary>The points of each of <paramref name="ids"/> on each of <paramref name="days"/> (sorted, distinct), from
    /// the library's series (<see cref="OkrScorer.ScoreSeries"/>: the same numbers as scoring as of each day, computed
    /// incrementally).</summary>
    public static IReadOnlyDictionary<string, TrendPoint[]> Points(OkrPlan plan, IReadOnlyCollection<string> ids, IReadOnlyList<DateOnly> days)
    {
        var series = OkrScorer.ScoreSeries(plan, days);
        return ids.Distinct(StringComparer.Ordinal).ToDictionary(
            id => id,
            id => series.Points(id).Select(p => new TrendPoint(p.Day, p.Progress, p.ExpectedProgress, p.Value, p.Status)).ToArray(),
            StringComparer.Ordinal);
    }

    /// <summary>The days from <paramref name="from"/> to <paramref name="to"/> every <paramref name="step"/> days, with
    /// <paramref name="to"/> itself always last, and each of <paramref name="also"/> within the range.</summary>
    public static IReadOnlyList<DateOnly> Days(DateOnly from, DateOnly to, int step, params DateOnly[] also)
    {
        var days = new SortedSet<DateOnly>();
        for (int n = from.DayNumber; n <= to.DayNumber; n += step)
        {
            days.Add(DateOnly.FromDayNumber(n));
        }

        days.Add(to);
        foreach (var day in also)
        {
            if (day >= from && day <= to)
            {
                days.Add(day);
            }
        }

        return [.. days];
    }
}
