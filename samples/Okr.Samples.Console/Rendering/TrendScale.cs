using Okr.Samples.Cli.Analysis;

namespace Okr.Samples.Cli.Rendering;

/// <summary>
/// Where days and progress land on a chart of <c>dotWidth</c> x <c>dotHeight</c> dots: days from the trend's first to
/// its last day left to right; progress from <see cref="Bottom"/> to <see cref="Top"/> bottom to top, 0% to 100% at
/// least, widened in steps of 25% to every progress, expected progress and forecast band drawn; and the axis labels.
/// </summary>
internal sealed class TrendScale
{
    private static readonly decimal[] Steps = [0.25m, 0.5m, 1m, 2.5m, 5m, 10m, 25m, 50m, 100m, 250m, 500m, 1000m];

    private readonly DateOnly first;
    private readonly int days;
    private readonly int dotWidth;
    private readonly int dotHeight;

    private TrendScale(DateOnly first, DateOnly last, decimal bottom, decimal top, int dotWidth, int dotHeight)
    {
        this.first = first;
        days = Math.Max(1, last.DayNumber - first.DayNumber);
        Bottom = bottom;
        Top = top;
        this.dotWidth = dotWidth;
        this.dotHeight = dotHeight;
    }

    /// <summary>The progress ratio at the bottom edge.</summary>
    public decimal Bottom { get; }

    /// <summary>The progress ratio at the top edge.</summary>
    public decimal Top { get; }

    /// <summary>The scale of a trend drawn on <paramref name="cells"/> x <paramref name="rows"/> braille cells.</summary>
    public static TrendScale For(Trend trend, int cells, int rows)
    {
        var values = trend.Points.SelectMany(p => new[] { p.Progress, p.ExpectedProgress })
            .Append(trend.Forecast?.Progress).Append(trend.Forecast?.Low).Append(trend.Forecast?.High)
            .Where(p => p is not null).Select(p => p!.Value.Ratio).ToList();
        decimal low = Math.Min(0m, values.DefaultIfEmpty(0m).Min());
        decimal high = Math.Max(1m, values.DefaultIfEmpty(1m).Max());
        return new TrendScale(trend.From, trend.End, Math.Floor(low * 4m) / 4m, Math.Ceiling(high * 4m) / 4m, 2 * cells, 4 * rows);
    }

    /// <summary>The dot column of a day (days outside the range are clamped to its edges).</summary>
    public int X(DateOnly day) =>
        (int)Math.Round(Math.Clamp(day.DayNumber - first.DayNumber, 0, days) * (long)(dotWidth - 1) / (double)days, MidpointRounding.AwayFromZero);

    /// <summary>The dot row of a progress ratio (0 at the top).</summary>
    public int Y(decimal ratio) =>
        (int)Math.Round((double)((Top - Math.Clamp(ratio, Bottom, Top)) / (Top - Bottom)) * (dotHeight - 1), MidpointRounding.AwayFromZero);

    /// <summary>The axis labels by cell row: the values at a round step (25%, 50%, 100%...) with at least one blank row between two.</summary>
    public IReadOnlyDictionary<int, string> Labels()
    {
        var labels = new Dictionary<int, string>();
        foreach (decimal v in Ticks(dotHeight / 4 / 2))
        {
            labels.TryAdd(Y(v) / 4, TrendChart.PercentLabel(v));
        }

        return labels;
    }

    /// <summary>The progress ratios from <see cref="Bottom"/> to <see cref="Top"/> at the smallest round step
    /// (25%, 50%, 100%, 250%...) that gives at most <paramref name="most"/> intervals.</summary>
    public IEnumerable<decimal> Ticks(int most)
    {
        most = Math.Max(1, most);
        decimal step = Steps.FirstOrDefault(s => (Top - Bottom) / s <= most, Steps[^1]);
        while ((Top - Bottom) / step > most)
        {
            step *= 10m;
        }

        for (decimal v = Math.Ceiling(Bottom / step) * step; v <= Top; v += step)
        {
            yield return v;
        }
    }
}
