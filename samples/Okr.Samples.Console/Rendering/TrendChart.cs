using System.Globalization;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Analysis;
using Spectre.Console;

namespace Okr.Samples.Cli.Rendering;

/// <summary>
/// <c>okr trend</c>'s terminal chart: the item's progress over time (solid, in its status colour) against the expected
/// line (dotted, grey) and the forecast from the as-of day to the period's end (dashed, blue) with its band (sparse dots),
/// drawn in braille dots with a percentage axis, dates under it, a legend and the numbers in words below.
/// </summary>
internal static class TrendChart
{
    private const int LabelWidth = 6;
    private const int ChartHeight = 15;

    /// <summary>The chart as markup lines fitting <paramref name="width"/> columns.</summary>
    public static IReadOnlyList<string> Lines(Trend trend, int width)
    {
        int cells = Math.Clamp(width - LabelWidth - 2, 20, 120);
        var scale = TrendScale.For(trend, cells, ChartHeight);
        var canvas = new BrailleCanvas(cells, ChartHeight);
        Draw(trend, scale, canvas);

        var lines = new List<string> { $"[bold]{Markup.Escape(trend.Title)}[/] [grey]{Markup.Escape(trend.Id)}[/]", Subtitle(trend) };
        var labels = scale.Labels();
        for (int row = 0; row < canvas.Height; row++)
        {
            string label = labels.TryGetValue(row, out var l) ? l : string.Empty;
            lines.Add($"{Markup.Escape(label.PadLeft(LabelWidth))} {(label.Length > 0 ? '┤' : '│')}{canvas.RowMarkup(row, Colours(trend))}");
        }

        lines.AddRange(Axis(trend, scale, cells));
        lines.Add(Legend(trend));
        lines.AddRange(Summary(trend));
        return lines;
    }

    /// <summary>The colours of the layers: band, expected, forecast, progress.</summary>
    private static string[] Colours(Trend trend) => ["grey37", "grey", "deepskyblue1", Display.StatusColor(trend.Now.Status) is "grey" ? "white" : Display.StatusColor(trend.Now.Status)];

    private static void Draw(Trend trend, TrendScale scale, BrailleCanvas canvas)
    {
        if (trend.Forecast is { IsForecast: true, Progress: { } projected } forecast && trend.Now.Progress is { } now && trend.AsOf < trend.Period.End)
        {
            int x0 = scale.X(trend.AsOf), y0 = scale.Y(now.Ratio), x1 = scale.X(trend.Period.End);
            if (forecast.Low is { } low && forecast.High is { } high)
            {
                canvas.Line(x0, y0, x1, scale.Y(low.Ratio), 1, on: 1, off: 2);
                canvas.Line(x0, y0, x1, scale.Y(high.Ratio), 1, on: 1, off: 2);
            }

            canvas.Line(x0, y0, x1, scale.Y(projected.Ratio), 3, on: 3, off: 2);
        }

        Polyline(canvas, scale, trend.Points.Select(p => (p.Day, p.ExpectedProgress)), 2, on: 1, off: 1);
        Polyline(canvas, scale, trend.Actual.Select(p => (p.Day, p.Progress)), 4);
    }

    /// <summary>Joins consecutive scored points; a day without a value breaks the line (a lone point is still drawn).</summary>
    private static void Polyline(BrailleCanvas canvas, TrendScale scale, IEnumerable<(DateOnly Day, Okr.Core.Progress? Value)> points, int layer, int on = 1, int off = 0)
    {
        (int X, int Y)? previous = null;
        foreach (var (day, value) in points)
        {
            if (value is not { } v)
            {
                previous = null;
                continue;
            }

            var current = (X: scale.X(day), Y: scale.Y(v.Ratio));
            var start = previous ?? current;
            canvas.Line(start.X, start.Y, current.X, current.Y, layer, on, off);
            previous = current;
        }
    }

    private static string Subtitle(Trend trend) =>
        $"[grey]progress every {(trend.Step == 1 ? "day" : "week")} from {Display.Day(trend.From)} to {Display.Day(trend.To)} · "
        + $"period {Display.Day(trend.Period.Start)} to {Display.Day(trend.Period.End)}[/]";

    /// <summary>The time axis: a line with a tick at the as-of day, and the first day, the as-of day and the last day under it.</summary>
    private static IEnumerable<string> Axis(Trend trend, TrendScale scale, int cells)
    {
        int asOf = Math.Clamp(scale.X(trend.AsOf) / 2, 0, cells - 1);
        var axis = new string('─', cells).ToCharArray();
        axis[asOf] = '┴';
        yield return new string(' ', LabelWidth) + " └" + new string(axis);

        var dates = new char[cells + 12];
        Array.Fill(dates, ' ');
        Put(dates, 0, Display.Day(trend.From));
        string end = Display.Day(trend.End);
        int endAt = cells - end.Length;
        Put(dates, endAt, end);
        string now = "as of " + Display.Day(trend.AsOf);
        int nowAt = Math.Clamp(asOf - (now.Length / 2), 0, cells - now.Length);
        if (nowAt > 11 && nowAt + now.Length < endAt - 1)
        {
            Put(dates, nowAt, now);
        }

        yield return new string(' ', LabelWidth + 2) + new string(dates).TrimEnd();
    }

    private static void Put(char[] line, int at, string text) => text.CopyTo(0, line, Math.Max(0, at), Math.Min(text.Length, line.Length - Math.Max(0, at)));

    private static string Legend(Trend trend)
    {
        var colours = Colours(trend);
        string legend = $"[{colours[3]}]━━[/] progress   [{colours[1]}]┈┈[/] expected";
        if (trend.Forecast is { IsForecast: true } && trend.AsOf < trend.Period.End)
        {
            legend += $"   [{colours[2]}]╍╍[/] forecast" + (trend.Forecast.Low is not null ? $"   [{colours[0]}]··[/] forecast band" : string.Empty);
        }

        return new string(' ', LabelWidth + 2) + legend + $"   ┴ as of {Display.Day(trend.AsOf)}";
    }

    /// <summary>The numbers in words: now against expected, the forecast and when the target is reached, or why there is none.</summary>
    private static IEnumerable<string> Summary(Trend trend)
    {
        var now = trend.Now;
        yield return $"Now: {Display.Percent(now.Progress)}"
            + (now.ExpectedProgress is { } e ? $" (expected {Display.Percent(e)})" : string.Empty)
            + $", {Display.StatusMarkup(now.Status)}, as of {Display.Day(trend.AsOf)}.";
        if (trend.Forecast is not { } forecast)
        {
            yield return $"[grey]No forecast: {Display.Kind(trend.Kind)}s are not forecast, only objectives and key results.[/]";
            yield break;
        }

        if (!forecast.IsForecast)
        {
            yield return $"No forecast: {Markup.Escape(forecast.NotForecastReason ?? forecast.Explanation)}.";
            yield break;
        }

        string band = forecast.Low is { } l && forecast.High is { } h ? $" (band {Display.Percent(l)} to {Display.Percent(h)})" : string.Empty;
        yield return $"Forecast: {(forecast.Progress is { } p ? Display.Percent(p) : Display.Number(forecast.Value))} by {Display.Day(trend.Period.End)}{band}" + Reach(forecast) + ".";
        yield return $"[grey]{Markup.Escape(forecast.Explanation)}[/]";
    }

    private static string Reach(ItemForecast forecast) => forecast.Reach switch
    {
        TargetReach.AlreadyReached when forecast.ReachesTargetOn is { } d => $"; the target was reached on {Display.Day(d)}",
        TargetReach.WithinPeriod when forecast.ReachesTargetOn is { } d => $"; reaches the target on {Display.Day(d)}",
        TargetReach.AfterPeriod => forecast.ReachesTargetOn is { } d ? $"; reaches the target only on {Display.Day(d)}, after the period" : "; reaches the target only after the period",
        TargetReach.Never => "; never reaches the target at this rate",
        _ => string.Empty,
    };

    /// <summary>A percentage axis label: "100%", "-25%", "1,250%".</summary>
    internal static string PercentLabel(decimal ratio) => (ratio * 100m).ToString("#,0", CultureInfo.InvariantCulture) + "%";
}
