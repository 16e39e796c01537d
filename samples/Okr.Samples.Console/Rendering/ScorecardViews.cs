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
            .AddColumn("item").AddColumn(new TableColumn("progress").NoWrap())
            .AddColumn(new TableColumn("expected").RightAligned()).AddColumn("status")
            .AddColumn(new TableColumn("score").RightAligned());
        foreach (var row in PlanOutline.Build(scorecard.Plan))
        {
            var s = scorecard[row.Id];
            string indent = new(' ', 2 * row.Depth);
            string title = row.Kind switch
            {
                OkrItemKind.Objective => $"[bold]{Markup.Escape(row.Title)}[/]",
                OkrItemKind.Initiative => $"[italic]{Markup.Escape(row.Title)}[/]",
                _ => Markup.Escape(row.Title),
            };
            string details = Markup.Escape(row.Id)
                + (s.Value is { } v ? $" · value {Display.Number(v)}" : string.Empty)
                + (s.Confidence is { } c ? $" · confidence {Display.Number(c)}" : string.Empty);
            table.AddRow(
                new Markup($"{indent}{title}\n{indent}[grey]{details}[/]"),
                new Markup($"{Display.BarMarkup(s.Progress, s.Status, 10)} {Display.Percent(s.Progress)}"),
                new Text(s.ExpectedProgress is { } e ? Display.Percent(e) : "-"),
                new Markup(Display.StatusMarkup(s.Status)),
                new Text(row.Kind is OkrItemKind.Objective or OkrItemKind.KeyResult ? Display.Score(s.Score.Value) : string.Empty));
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
