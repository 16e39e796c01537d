using System.Globalization;
using System.Text;
using Okr.Core.Scheduling;
using Okr.Samples.Cli.Analysis;

namespace Okr.Samples.Cli.Rendering.Report;

/// <summary>
/// The Gantt chart as inline SVG that scales to the page: month ticks, one bar per initiative and task (filled as far
/// as it is done, in its status colour), arrows for dependencies, the critical path outlined in red, and the as-of day
/// as a dashed line.
/// </summary>
internal static class GanttChart
{
    private const int Label = 270;
    private const int Chart = 660;
    private const int RowHeight = 22;
    private const int Top = 34;
    private const int LabelChars = 40;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Append(StringBuilder html, IReadOnlyList<GanttRow> rows, Schedule schedule, DateOnly asOf)
    {
        html.AppendLine("<h2>Initiatives and tasks</h2>");
        var dated = rows.Where(r => r.Start is not null).ToList();
        if (dated.Count == 0)
        {
            html.AppendLine("<p class=\"meta\">No initiative or task has dates.</p>");
            return;
        }

        DateOnly first = dated.Min(r => r.Start!.Value);
        DateOnly last = dated.Max(r => r.End!.Value);
        var scale = new Scale(first, last);
        int height = Top + (rows.Count * RowHeight) + 24;
        var svg = new StringBuilder();
        svg.Append(Inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gantt\" viewBox=\"0 0 {Label + Chart + 20} {height}\" width=\"{Label + Chart + 20}\" height=\"{height}\" font-family=\"system-ui,sans-serif\" font-size=\"12\" role=\"img\" aria-label=\"Gantt chart of the initiatives and tasks\">");
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 8 8\" refX=\"7\" refY=\"4\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L8,4 L0,8 z\" fill=\"#546e7a\" /></marker></defs>");
        AppendMonths(svg, scale, height);
        var y = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rows.Count; i++)
        {
            y[rows[i].Id] = Top + (i * RowHeight);
            AppendRow(svg, rows[i], scale, y[rows[i].Id]);
        }

        AppendDependencies(svg, schedule, scale, y);
        if (asOf >= first && asOf <= last)
        {
            decimal x = scale.X(asOf.AddDays(1));
            svg.Append(Inv, $"<line x1=\"{x:0.#}\" y1=\"{Top - 6}\" x2=\"{x:0.#}\" y2=\"{height - 18}\" stroke=\"#c62828\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\" />");
            svg.Append(Inv, $"<text x=\"{x:0.#}\" y=\"{height - 5}\" fill=\"#c62828\" text-anchor=\"middle\">as of {Display.Day(asOf)}</text>");
        }

        svg.Append("</svg>");
        html.AppendLine(svg.ToString());
        html.AppendLine("<p class=\"legend\"><span>bar: scheduled dates, filled as far as done, in the status colour</span><span><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"26\" height=\"12\"><rect x=\"1\" y=\"1\" width=\"24\" height=\"10\" rx=\"2\" fill=\"#e6e6e6\" stroke=\"#b71c1c\" stroke-width=\"2\" /></svg> critical path</span>"
            + "<span>→ dependency (a task waits for another)</span><span>dashed red line: the as-of day</span></p>");
    }

    private static void AppendMonths(StringBuilder svg, Scale scale, int height)
    {
        svg.Append(Inv, $"<line x1=\"{Label}\" y1=\"{Top - 4}\" x2=\"{Label + Chart}\" y2=\"{Top - 4}\" stroke=\"#bdbdbd\" />");
        var month = new DateOnly(scale.First.Year, scale.First.Month, 1);
        bool labelled = false;
        for (; month <= scale.Last; month = month.AddMonths(1))
        {
            var tick = month < scale.First ? scale.First : month;
            decimal x = scale.X(tick);
            string text = !labelled || month.Month == 1 ? month.ToString("MMM yyyy", Inv) : month.ToString("MMM", Inv);
            labelled = true;
            svg.Append(Inv, $"<line x1=\"{x:0.#}\" y1=\"{Top - 10}\" x2=\"{x:0.#}\" y2=\"{height - 18}\" stroke=\"#e0e0e0\" />");
            svg.Append(Inv, $"<text x=\"{x + 3:0.#}\" y=\"{Top - 14}\" fill=\"#616161\">{text}</text>");
        }
    }

    private static void AppendRow(StringBuilder svg, GanttRow row, Scale scale, int y)
    {
        string title = row.Title.Length > LabelChars ? row.Title[..(LabelChars - 1)] + "…" : row.Title;
        string label = $"{title} {Display.Percent(row.Completion)}";
        svg.Append(Inv, $"<text x=\"{(row.IsInitiative ? 4 : 18)}\" y=\"{y + 14}\"{(row.IsInitiative ? " font-weight=\"600\"" : string.Empty)}><title>{Html.E(row.Title)} ({Html.E(row.Id)})</title>{Html.E(label)}</text>");
        if (row.Start is not { } start || row.End is not { } end)
        {
            svg.Append(Inv, $"<text x=\"{Label + 4}\" y=\"{y + 14}\" fill=\"#9e9e9e\">{Html.E(row.Note ?? "no dates")}</text>");
            return;
        }

        decimal x = scale.X(start);
        decimal width = Math.Max(3m, scale.X(end.AddDays(1)) - x);
        decimal done = width * Math.Clamp(row.Completion?.Ratio ?? 0m, 0m, 1m);
        string critical = row.IsCritical ? " stroke=\"#b71c1c\" stroke-width=\"2\"" : string.Empty;
        int barHeight = row.IsInitiative ? 8 : 14;
        int barTop = y + ((RowHeight - barHeight) / 2);
        svg.Append(Inv, $"<rect x=\"{x:0.#}\" y=\"{barTop}\" width=\"{width:0.#}\" height=\"{barHeight}\" rx=\"3\" fill=\"#e6e6e6\"{critical}><title>{Html.E(row.Id)}: {Display.Day(start)} to {Display.Day(end)}{(row.IsCritical ? ", critical path" : string.Empty)}</title></rect>");
        svg.Append(Inv, $"<rect x=\"{x:0.#}\" y=\"{barTop}\" width=\"{done:0.#}\" height=\"{barHeight}\" rx=\"3\" fill=\"{Display.StatusCss(row.Status)}\" />");
    }

    private static void AppendDependencies(StringBuilder svg, Schedule schedule, Scale scale, Dictionary<string, int> y)
    {
        var tasks = schedule.WorkItems.ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach (var task in schedule.WorkItems)
        {
            foreach (string before in task.DependsOn)
            {
                if (!tasks.TryGetValue(before, out var from) || !y.TryGetValue(before, out int y1) || !y.TryGetValue(task.Id, out int y2))
                {
                    continue;
                }

                decimal x1 = scale.X(from.Finish.AddDays(1));
                decimal x2 = scale.X(task.Start);
                decimal elbow = Math.Max(x1 + 6m, x2 - 6m);
                int top = y1 + (RowHeight / 2);
                int bottom = y2 + (RowHeight / 2);
                string colour = from.IsCritical && task.IsCritical ? "#b71c1c" : "#546e7a";
                svg.Append(Inv, $"<path d=\"M{x1:0.#},{top} H{elbow:0.#} V{bottom} H{Math.Max(x2, elbow + 2m):0.#}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.2\" marker-end=\"url(#arrow)\" />");
            }
        }
    }

    /// <summary>Days to x positions in the chart area.</summary>
    private sealed class Scale(DateOnly first, DateOnly last)
    {
        public DateOnly First { get; } = first;

        public DateOnly Last { get; } = last;

        private int Days => Last.DayNumber - First.DayNumber + 1;

        public decimal X(DateOnly day) => Label + ((decimal)(day.DayNumber - First.DayNumber) * Chart / Days);
    }
}
