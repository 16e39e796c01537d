using Okr.Core;
using Okr.Core.Scoring;

namespace Okr.Samples.Cli.Analysis;

/// <summary>
/// One item's progress over time (<c>okr trend</c>, the report's burn-up charts): <see cref="Points"/> every
/// <see cref="Step"/> days from <see cref="From"/> to the period's end (or <see cref="AsOf"/> when later), each scored as
/// of that day; progress is drawn up to <see cref="To"/>, the expected line over all of them; the forecast is made as of
/// <see cref="AsOf"/> from what was known by then and runs to the period's end.
/// </summary>
internal sealed record Trend(
    string Id,
    string Title,
    OkrItemKind Kind,
    Period Period,
    DateOnly AsOf,
    DateOnly From,
    DateOnly To,
    int Step,
    IReadOnlyList<TrendPoint> Points,
    TrendPoint Now,
    ItemForecast? Forecast)
{
    /// <summary>The most days a trend scores (ten years of days): beyond it, ask for weeks or a shorter range.</summary>
    public const int MaxDays = 3_660;

    /// <summary>The points whose progress is drawn: those up to <see cref="To"/>.</summary>
    public IEnumerable<TrendPoint> Actual => Points.Where(p => p.Day <= To);

    /// <summary>The last day drawn: the period's end, or <see cref="AsOf"/> when later.</summary>
    public DateOnly End => Period.End > AsOf ? Period.End : AsOf;

    /// <summary>
    /// The trend of <paramref name="id"/> (checked to exist by the caller). <paramref name="from"/> defaults to the
    /// period's start, <paramref name="to"/> to <paramref name="asOf"/>.
    /// </summary>
    /// <exception cref="TrendRangeException">The range is empty, after the as-of day, or too many days.</exception>
    public static Trend Build(OkrPlan plan, string id, DateOnly asOf, DateOnly? from, DateOnly? to, int step)
    {
        var kind = plan.ItemKindOf(id) ?? throw new ArgumentException($"No item has the id '{id}'.", nameof(id));
        var period = PeriodOf(plan, id);
        var first = from ?? period.Start;
        var last = to ?? asOf;
        if (last > asOf)
        {
            throw new TrendRangeException($"--to {Day(last)} is after the as-of day {Day(asOf)}: progress after it is not known yet (pass a later --as-of).");
        }

        if (first > last)
        {
            throw new TrendRangeException(from is null
                ? $"the period starts on {Day(first)}, after the last day to draw, {Day(last)} (pass --from, or a later --as-of or --to)."
                : $"--from {Day(first)} is after the last day to draw, {Day(last)}{(to is null ? " (the as-of day)" : string.Empty)}.");
        }

        var end = period.End > asOf ? period.End : asOf;
        long count = ((end.DayNumber - first.DayNumber) / step) + 5;
        if (count > MaxDays)
        {
            throw new TrendRangeException($"{Day(first)} to {Day(end)} every {step} day(s) is more than {MaxDays} days to score; use --every week or a shorter range.");
        }

        var days = TrendSeries.Days(first, end, step, last, asOf, period.Start, period.End);
        var points = TrendSeries.Points(plan, [id], days)[id];
        var now = points.First(p => p.Day == asOf);
        ItemForecast? forecast = kind is OkrItemKind.Objective or OkrItemKind.KeyResult
            ? OkrForecaster.Forecast(OkrScorer.Score(plan, asOf))[id]
            : null;
        return new Trend(id, TitleOf(plan, id, kind), kind, period, asOf, first, last, step, points, now, forecast);
    }

    /// <summary>The period an item is measured in: its objective's (a key result's, an initiative's or a task's owning objective).</summary>
    public static Period PeriodOf(OkrPlan plan, string id) =>
        plan.FindOwningObjective(id)?.Period ?? throw new ArgumentException($"No item has the id '{id}'.", nameof(id));

    private static string TitleOf(OkrPlan plan, string id, OkrItemKind kind) => kind switch
    {
        OkrItemKind.Objective => plan.FindObjective(id)!.Title,
        OkrItemKind.KeyResult => plan.FindKeyResult(id)!.Title,
        OkrItemKind.Initiative => plan.FindInitiative(id)!.Title,
        _ => plan.FindWorkItem(id)!.Title,
    };

    private static string Day(DateOnly day) => Rendering.Display.Day(day);
}
