using System.Text;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Plans;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Okr.Samples.Cli.Rendering;

/// <summary>The scorecard as a terminal table and as Markdown.</summary>
internal static class ScorecardViews
{
    /// <summary>The scorecard table, fitted to <paramref name="width"/>; under each objective's status, the rule that decided
    /// it ("by pace", "by worst child kr-bugs").</summary>
    public static IRenderable Table(Scorecard scorecard, int width)
    {
        var table = new FitTable { Title = $"Scorecard as of {Display.Day(scorecard.AsOf)}", FirstColumnFirst = true }
            .Column("item").Column("progress", keep: 5).Column("expected", right: true, keep: FitTable.Optional)
            .Column("status").Column("score", right: true, keep: 4);
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
                + (ItemText.Value(scorecard.Plan, row, s) is { } v ? $" · {Markup.Escape(v)}" : string.Empty)
                + (s.Confidence is { } c ? $" · confidence {Display.Number(c)}" : string.Empty);
            table.Row(
                $"{indent}{title}\n{indent}[grey]{details}[/]",
                $"{Display.BarMarkup(s.Progress, s.Status, 10)} {Display.Percent(s.Progress)}",
                s.ExpectedProgress is { } e ? Display.Percent(e) : "-",
                Display.StatusMarkup(s.Status)
                    + (row.Kind == OkrItemKind.Objective ? $"\n[grey]by {Markup.Escape(ItemText.StatusBy(scorecard.Explain(row.Id)))}[/]" : string.Empty),
                row.Kind is OkrItemKind.Objective or OkrItemKind.KeyResult ? Display.Score(s.Score.Value) : string.Empty);
        }

        return table.Render(width);
    }

    public static string Markdown(Scorecard scorecard)
    {
        var text = new StringBuilder();
        text.Append("# Scorecard as of ").AppendLine(Display.Day(scorecard.AsOf)).AppendLine();
        text.AppendLine("| item | id | kind | progress | expected | value | status | status by | confidence | score |");
        text.AppendLine("|---|---|---|---:|---:|---|---|---|---:|---:|");
        foreach (var row in PlanOutline.Build(scorecard.Plan))
        {
            var s = scorecard[row.Id];
            text.Append("| ").Append(MarkdownText.Indent(row.Depth)).Append(MarkdownText.Cell(row.Title))
                .Append(" | `").Append(row.Id.Replace("`", "'", StringComparison.Ordinal)).Append("` | ")
                .Append(Display.Kind(row.Kind)).Append(" | ")
                .Append(Display.Percent(s.Progress)).Append(" | ")
                .Append(s.ExpectedProgress is { } e ? Display.Percent(e) : "-").Append(" | ")
                .Append(MarkdownText.Cell(ItemText.Value(scorecard.Plan, row, s) ?? "-")).Append(" | ")
                .Append(Display.Status(s.Status)).Append(" | ")
                .Append(row.Kind == OkrItemKind.Objective ? MarkdownText.Cell(ItemText.StatusBy(scorecard.Explain(row.Id))) : string.Empty).Append(" | ")
                .Append(Display.Number(s.Confidence)).Append(" | ")
                .Append(Display.Score(s.Score.Value)).AppendLine(" |");
        }

        return text.ToString();
    }
}
