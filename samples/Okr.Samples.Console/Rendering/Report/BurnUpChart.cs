using System.Globalization;
using System.Text;
using Okr.Core;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Analysis;

namespace Okr.Samples.Cli.Rendering.Report;

/// <summary>
/// An objective's burn-up chart as inline SVG: its progress by week up to the as-of day (solid, in its status colour),
/// the expected line over the whole period (dashed grey), the forecast from the as-of day to the period's end (dashed
/// blue) with its band (shaded), a percentage axis, the period's first and last day and the as-of day. Accessible: a
/// title and a description with the numbers in words (role img, labelled by both); no scripts, nothing external.
/// </summary>
internal static class BurnUpChart
{
    private const int Width = 560;
    private const int Height = 200;
    private const int Left = 44;
    private const int Right = 548;
    private const int Top = 10;
    private const int Bottom = 170;
    private const string ForecastColour = "#0277bd";
    private const string ExpectedColour = "#757575";
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Appends the chart and its legend as a figure; <paramref name="number"/> makes its element ids unique in the page.</summary>
    public static void Append(StringBuilder html, Trend trend, int number)
    {
        html.Append("<figure class=\"burnup\">").Append(Svg(trend, number))
            .Append("<figcaption class=\"legend\"><span>").Append(Swatch(Display.StatusCss(trend.Now.Status), null)).Append(" progress by week</span>")
            .Append("<span>").Append(Swatch(ExpectedColour, "4 3")).Append(" expected</span>");
        if (HasForecastLine(trend))
        {
            html.Append("<span>").Append(Swatch(ForecastColour, "6 4")).Append(" forecast to the period's end</span>");
            if (trend.Forecast!.Low is not null)
            {
                html.Append("<span><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"26\" height=\"12\" aria-hidden=\"true\"><rect x=\"1\" y=\"1\" width=\"24\" height=\"10\" fill=\"")
                    .Append(ForecastColour).Append("\" fill-opacity=\"0.15\" /></svg> forecast band</span>");
            }
        }

        html.AppendLine("</figcaption></figure>");
    }

    /// <summary>The chart's SVG element.</summary>
    public static string Svg(Trend trend, int number)
    {
        var scale = TrendScale.For(trend, 1, 1);
        var map = new Map(trend.From, trend.End, scale.Bottom, scale.Top);
        string id = string.Create(Inv, $"burnup-{number}");
        var svg = new StringBuilder();
        svg.Append(Inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"burnup\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" font-family=\"system-ui,sans-serif\" font-size=\"11\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">");
        svg.Append(Inv, $"<title id=\"{id}-title\">Burn-up chart of {Html.E(trend.Title)} ({Html.E(trend.Id)})</title>");
        svg.Append(Inv, $"<desc id=\"{id}-desc\">{Html.E(Description(trend))}</desc>");
        AppendAxes(svg, trend, scale, map);
        if (HasForecastLine(trend))
        {
            AppendForecast(svg, trend, map);
        }

        svg.Append(Inv, $"<polyline class=\"expected\" points=\"{Points(map, trend.Points.Select(p => (p.Day, p.ExpectedProgress)))}\" fill=\"none\" stroke=\"{ExpectedColour}\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\" />");
        string colour = Display.StatusCss(trend.Now.Status);
        svg.Append(Inv, $"<polyline class=\"actual\" points=\"{Points(map, trend.Actual.Select(p => (p.Day, p.Progress)))}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2.5\" stroke-linejoin=\"round\" />");
        if (trend.Now.Progress is { } now && trend.AsOf >= trend.From)
        {
            svg.Append(Inv, $"<circle cx=\"{map.X(trend.AsOf):0.#}\" cy=\"{map.Y(now.Ratio):0.#}\" r=\"3.5\" fill=\"{colour}\" />");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>The numbers in words, for screen readers and for anyone who cannot see the lines.</summary>
    public static string Description(Trend trend)
    {
        var text = new StringBuilder();
        var actual = trend.Actual.Where(p => p.Progress is not null).ToList();
        text.Append(actual.Count == 0
            ? $"No progress yet as of {Display.Day(trend.AsOf)}"
            : "Progress " + string.Join(", ", actual.Select(p => $"{Display.Percent(p.Progress)} on {Display.Day(p.Day)}")));
        text.Append(". Expected ").Append(trend.Now.ExpectedProgress is { } e ? $"{Display.Percent(e)} by {Display.Day(trend.AsOf)}, " : string.Empty)
            .Append(trend.Points.LastOrDefault(p => p.Day == trend.Period.End).ExpectedProgress is { } atEnd ? $"{Display.Percent(atEnd)} by {Display.Day(trend.Period.End)}" : "no expected line")
            .Append(". ");
        text.Append(trend.Forecast switch
        {
            { IsForecast: true, Progress: { } p } f => $"Forecast {Display.Percent(p)} by {Display.Day(trend.Period.End)}"
                + (f.Low is { } l && f.High is { } h ? $", band {Display.Percent(l)} to {Display.Percent(h)}" : string.Empty) + ".",
            { } f => $"No forecast: {f.NotForecastReason ?? f.Explanation}.",
            null => "No forecast.",
        });
        return text.ToString();
    }

    private static bool HasForecastLine(Trend trend) =>
        trend.Forecast is { IsForecast: true, Progress: not null } && trend.Now.Progress is not null && trend.AsOf < trend.Period.End && trend.AsOf >= trend.From;

    private static void AppendAxes(StringBuilder svg, Trend trend, TrendScale scale, Map map)
    {
        foreach (decimal tick in scale.Ticks(4))
        {
            decimal y = map.Y(tick);
            svg.Append(Inv, $"<line x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Right}\" y2=\"{y:0.#}\" stroke=\"{(tick == 0m ? "#9e9e9e" : "#e0e0e0")}\" />");
            svg.Append(Inv, $"<text x=\"{Left - 4}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" fill=\"#616161\">{TrendChart.PercentLabel(tick)}</text>");
        }

        svg.Append(Inv, $"<text x=\"{Left}\" y=\"{Bottom + 16}\" fill=\"#616161\">{Display.Day(trend.From)}</text>");
        svg.Append(Inv, $"<text x=\"{Right}\" y=\"{Bottom + 16}\" text-anchor=\"end\" fill=\"#616161\">{Display.Day(trend.End)}</text>");
        if (trend.AsOf >= trend.From && trend.AsOf <= trend.End)
        {
            decimal x = map.X(trend.AsOf);
            svg.Append(Inv, $"<line x1=\"{x:0.#}\" y1=\"{Top}\" x2=\"{x:0.#}\" y2=\"{Bottom}\" stroke=\"#c62828\" stroke-width=\"1\" stroke-dasharray=\"3 3\" />");
            svg.Append(Inv, $"<text x=\"{x:0.#}\" y=\"{Bottom + 28}\" text-anchor=\"middle\" fill=\"#c62828\">as of {Display.Day(trend.AsOf)}</text>");
        }
    }

    private static void AppendForecast(StringBuilder svg, Trend trend, Map map)
    {
        var forecast = trend.Forecast!;
        decimal x0 = map.X(trend.AsOf), y0 = map.Y(trend.Now.Progress!.Value.Ratio), x1 = map.X(trend.Period.End);
        if (forecast.Low is { } low && forecast.High is { } high)
        {
            svg.Append(Inv, $"<polygon class=\"band\" points=\"{x0:0.#},{y0:0.#} {x1:0.#},{map.Y(high.Ratio):0.#} {x1:0.#},{map.Y(low.Ratio):0.#}\" fill=\"{ForecastColour}\" fill-opacity=\"0.15\" />");
        }

        svg.Append(Inv, $"<line class=\"forecast\" x1=\"{x0:0.#}\" y1=\"{y0:0.#}\" x2=\"{x1:0.#}\" y2=\"{map.Y(forecast.Progress!.Value.Ratio):0.#}\" stroke=\"{ForecastColour}\" stroke-width=\"2\" stroke-dasharray=\"6 4\" />");
    }

    /// <summary>The scored points as an SVG points list (days without a value are left out).</summary>
    private static string Points(Map map, IEnumerable<(DateOnly Day, Progress? Value)> points) =>
        string.Join(' ', points.Where(p => p.Value is not null).Select(p => string.Create(Inv, $"{map.X(p.Day):0.#},{map.Y(p.Value!.Value.Ratio):0.#}")));

    private static string Swatch(string colour, string? dash) =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"26\" height=\"12\" aria-hidden=\"true\"><line x1=\"1\" y1=\"6\" x2=\"25\" y2=\"6\" stroke=\"{colour}\" stroke-width=\"2.5\"{(dash is null ? string.Empty : $" stroke-dasharray=\"{dash}\"")} /></svg>";

    /// <summary>Days and progress ratios to the plot area's pixels.</summary>
    private sealed class Map(DateOnly first, DateOnly last, decimal bottom, decimal top)
    {
        private readonly int days = Math.Max(1, last.DayNumber - first.DayNumber);

        public decimal X(DateOnly day) => Left + ((decimal)Math.Clamp(day.DayNumber - first.DayNumber, 0, days) * (Right - Left) / days);

        public decimal Y(decimal ratio) => Top + ((top - Math.Clamp(ratio, bottom, top)) * (Bottom - Top) / (top - bottom));
    }
}
