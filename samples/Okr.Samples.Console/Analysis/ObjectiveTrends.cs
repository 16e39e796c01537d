using Okr.Core.Scoring;

namespace Okr.Samples.Cli.Analysis;

/// <summary>
/// Every objective's trend for the report's burn-up charts: progress by week from its period's start to the as-of
/// day, the expected line to the period's end and the forecast, all from one series of scorings shared by the
/// objectives (one scoring per distinct day) and one forecast of the plan.
/// </summary>
internal static class ObjectiveTrends
{
    /// <summary>The most objectives charted: a plan with more gets no burn-up charts (the report says so).</summary>
    public const int MaxObjectives = 200;

    /// <summary>The most points on one objective's chart: a period longer than this many weeks is sampled every few weeks.</summary>
    public const int MaxPoints = 60;

    /// <summary>The most days scored for all charts together (objectives with many different periods).</summary>
    public const int MaxDays = 400;

    /// <summary>The trends by objective id, or null when the plan has more than <see cref="MaxObjectives"/> objectives or
    /// its periods need more than <see cref="MaxDays"/> scorings.</summary>
    public static IReadOnlyDictionary<string, Trend>? Weekly(Scorecard scorecard)
    {
        var plan = scorecard.Plan;
        var asOf = scorecard.AsOf;
        if (plan.Objectives.Length > MaxObjectives)
        {
            return null;
        }

        var grids = new Dictionary<string, (int Step, IReadOnlyList<DateOnly> Days)>(StringComparer.Ordinal);
        var all = new SortedSet<DateOnly>();
        foreach (var objective in plan.Objectives)
        {
            var period = objective.Period;
            var end = period.End > asOf ? period.End : asOf;
            int weeks = Math.Max(1, (int)Math.Ceiling((end.DayNumber - period.Start.DayNumber) / 7.0 / MaxPoints));
            var grid = TrendSeries.Days(period.Start, end, 7 * weeks, asOf, period.End);
            grids[objective.Id] = (7 * weeks, grid);
            all.UnionWith(grid);
            if (all.Count > MaxDays)
            {
                return null;
            }
        }

        var days = all.ToList();
        var index = days.Select((d, i) => (d, i)).ToDictionary(p => p.d, p => p.i);
        var points = TrendSeries.Points(plan, [.. grids.Keys], days);
        var forecast = OkrForecaster.Forecast(scorecard);
        var trends = new Dictionary<string, Trend>(StringComparer.Ordinal);
        foreach (var objective in plan.Objectives)
        {
            var (step, own) = grids[objective.Id];
            var series = own.Select(d => points[objective.Id][index[d]]).ToList();
            var now = scorecard[objective.Id];
            trends[objective.Id] = new Trend(
                objective.Id, objective.Title, OkrItemKind.Objective, objective.Period, asOf, objective.Period.Start, asOf, step, series,
                new TrendPoint(asOf, now.Progress, now.ExpectedProgress, now.Value, now.Status), forecast[objective.Id]);
        }

        return trends;
    }
}
