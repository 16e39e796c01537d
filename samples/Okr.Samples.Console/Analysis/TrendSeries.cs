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
    /// <summary>The points of each of <paramref name="ids"/> on each of <paramref name="days"/> (sorted, distinct).</summary>
    public static IReadOnlyDictionary<string, TrendPoint[]> Points(OkrPlan plan, IReadOnlyCollection<string> ids, IReadOnlyList<DateOnly> days)
    {
        var result = ids.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => new TrendPoint[days.Count], StringComparer.Ordinal);
        for (int d = 0; d < days.Count; d++)
        {
            var scorecard = OkrScorer.Score(plan, days[d]);
            foreach (var (id, points) in result)
            {
                var item = scorecard[id];
                points[d] = new TrendPoint(days[d], item.Progress, item.ExpectedProgress, item.Value, item.Status);
            }
        }

        return result;
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
