using System.Globalization;
using System.Text;
using Okr.Core;
using Okr.Core.Scheduling;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Analysis;
using Spectre.Console;

namespace Okr.Samples.Cli.Rendering;

/// <summary>The Gantt chart as a terminal table with bars, and as Mermaid <c>gantt</c> text (renders on GitHub).</summary>
internal static class GanttViews
{
    public static Table Terminal(IReadOnlyList<GanttRow> rows, DateOnly asOf, int consoleWidth)
    {
        int labelWidth = Math.Min(32, rows.Max(r => r.Title.Length + (r.IsInitiative ? 0 : 2)));
        int width = Math.Clamp(consoleWidth - labelWidth - 33, 16, 64);
        var dated = rows.Where(r => r.Start is not null).ToList();
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("initiative / task").AddColumn("dates")
            .AddColumn(new TableColumn("done").RightAligned()).AddColumn(new TableColumn("timeline (│ = as of)").NoWrap());
        if (dated.Count == 0)
        {
            foreach (var row in rows)
            {
                table.AddRow(Label(row), new Text("-"), new Text(Display.Percent(row.Completion)), new Text("no dates"));
            }

            return table;
        }

        DateOnly first = dated.Min(r => r.Start!.Value);
        DateOnly last = dated.Max(r => r.End!.Value);
        int days = last.DayNumber - first.DayNumber + 1;
        int Column(DateOnly day) => (int)((long)(day.DayNumber - first.DayNumber) * width / days);
        int? today = asOf >= first && asOf <= last ? Column(asOf) : null;
        table.Title($"{Display.Day(first)} to {Display.Day(last)}, as of {Display.Day(asOf)}");

        foreach (var row in rows)
        {
            string timeline = $"[grey]{Markup.Escape(row.Note ?? "no dates")}[/]";
            if (row.Start is { } start && row.End is { } end)
            {
                int from = Column(start);
                int to = Math.Max(from + 1, Math.Min(width, Column(end) + 1));
                int done = from + (int)Math.Round(Math.Clamp(row.Completion?.Ratio ?? 0m, 0m, 1m) * (to - from), MidpointRounding.AwayFromZero);
                var cells = new StringBuilder();
                for (int c = 0; c < width; c++)
                {
                    string cell = c < from || c >= to ? (c == today ? "│" : " ") : (c < done ? "█" : row.IsCritical ? "▒" : "░");
                    string colour = c < from || c >= to ? "grey" : Display.StatusColor(row.Status);
                    cells.Append(CultureInfo.InvariantCulture, $"[{colour}]{cell}[/]");
                }

                timeline = cells.ToString();
            }

            table.AddRow(
                Label(row),
                new Text(row.Start is { } s1 && row.End is { } e1 ? $"{s1:MM-dd}..{e1:MM-dd}" : "-"),
                new Markup($"[{Display.StatusColor(row.Status)}]{Display.Percent(row.Completion)}[/]"),
                new Markup(timeline));
        }

        return table;
    }

    /// <summary>The library's Mermaid <c>gantt</c> text, with each initiative's completion in its section title.</summary>
    public static string Mermaid(Schedule schedule, Scorecard scorecard, string title)
    {
        var annotated = schedule with
        {
            Initiatives = [.. schedule.Initiatives.Select(i => i with { Title = $"{i.Title} ({Display.Percent(scorecard[i.Id].Progress)} done)" })],
        };
        return annotated.ToMermaidGantt(title);
    }

    private static Markup Label(GanttRow row) =>
        new(row.IsInitiative ? $"[bold]{Markup.Escape(row.Title)}[/]" : $"  {Markup.Escape(row.Title)}{(row.IsCritical ? " [red]*[/]" : string.Empty)}");
}
