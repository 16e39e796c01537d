using System.Text;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Plans;
using Spectre.Console;

namespace Okr.Samples.Cli.Rendering;

/// <summary>The scorecard as a terminal table and as Markdown.</summary>
internal static class ScorecardViews
{
    public static Table Table(Scorecard scorecard)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"Scorecard as of {Display.Day(scorecard.AsOf)}")
            .AddColumn("item").AddColumn("id").AddColumn("kind").AddColumn("")
            .AddColumn(new TableColumn("progress").RightAligned()).AddColumn(new TableColumn("expected").RightAligned())
            .AddColumn(new TableColumn("value").RightAligned()).AddColumn("status")
            .AddColumn(new TableColumn("confidence").RightAligned()).AddColumn(new TableColumn("score").RightAligned());
        foreach (var row in PlanOutline.Build(scorecard.Plan))
        {
            var s = scorecard[row.Id];
            table.AddRow(
                new Markup(new string(' ', 2 * row.Depth) + Markup.Escape(row.Title)),
                new Markup($"[grey]{Markup.Escape(row.Id)}[/]"),
                new Text(Display.Kind(row.Kind)),
                new Markup(Display.BarMarkup(s.Progress, s.Status, 10)),
                new Text(Display.Percent(s.Progress)),
                new Text(s.ExpectedProgress is { } e ? Display.Percent(e) : "-"),
                new Text(Display.Number(s.Value)),
                new Markup(Display.StatusMarkup(s.Status)),
                new Text(Display.Number(s.Confidence)),
                new Text(Display.Score(s.Score.Value)));
        }

        return table;
    }

    public static string Markdown(Scorecard scorecard)
    {
        var text = new StringBuilder();
        text.Append("# Scorecard as of ").AppendLine(Display.Day(scorecard.AsOf)).AppendLine();
        text.AppendLine("| item | id | kind | progress | expected | value | status | confidence | score |");
        text.AppendLine("|---|---|---|---:|---:|---:|---|---:|---:|");
        foreach (var row in PlanOutline.Build(scorecard.Plan))
        {
            var s = scorecard[row.Id];
            text.Append("| ").Append(new string('\u00a0', 2 * row.Depth)).Append(Cell(row.Title))
                .Append(" | `").Append(row.Id.Replace("`", "'", StringComparison.Ordinal)).Append("` | ")
                .Append(Display.Kind(row.Kind)).Append(" | ")
                .Append(Display.Percent(s.Progress)).Append(" | ")
                .Append(s.ExpectedProgress is { } e ? Display.Percent(e) : "-").Append(" | ")
                .Append(Display.Number(s.Value)).Append(" | ")
                .Append(Display.Status(s.Status)).Append(" | ")
                .Append(Display.Number(s.Confidence)).Append(" | ")
                .Append(Display.Score(s.Score.Value)).AppendLine(" |");
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
