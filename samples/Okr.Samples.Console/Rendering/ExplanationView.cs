using Okr.Core.Scoring;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Okr.Samples.Cli.Rendering;

/// <summary>An explanation, child by child: the rule, each child's progress, weight and share, overrides and the status rule.</summary>
internal static class ExplanationView
{
    public static IRenderable Build(Explanation explanation, Func<string, string> titleOf)
    {
        var score = explanation.Result;
        var rows = new List<IRenderable>
        {
            new Markup($"[bold]{Markup.Escape(titleOf(score.Id))}[/] [grey]{Markup.Escape(score.Id)}, {Display.Kind(score.ItemKind)}[/]"),
            new Markup($"progress [bold]{Display.Percent(score.Progress)}[/]"
                + (score.ExpectedProgress is { } e ? $" (expected {Display.Percent(e)})" : string.Empty)
                + $", status {Display.StatusMarkup(score.Status)}"
                + (score.Score.Value is { } s ? $", score {Display.Score(s)} ({score.Score.Grade.ToString().ToLowerInvariant()})" : string.Empty)
                + (score.Value is { } v ? $", value {Display.Number(v)}" : string.Empty)),
            new Markup($"[grey]rule:[/] {Markup.Escape(explanation.Summary)}"),
        };

        if (!explanation.Contributions.IsEmpty)
        {
            var table = new Table().Border(TableBorder.Simple)
                .AddColumn("child").AddColumn("kind").AddColumn(new TableColumn("progress").RightAligned())
                .AddColumn(new TableColumn("weight").RightAligned()).AddColumn(new TableColumn("share").RightAligned())
                .AddColumn(new TableColumn("adds").RightAligned()).AddColumn("note");
            foreach (var c in explanation.Contributions)
            {
                decimal? adds = c.Counts && c.CountedProgress is { } counted ? counted.Ratio * c.Share : null;
                table.AddRow(
                    new Markup(Markup.Escape(c.ChildId)),
                    new Text(Display.Kind(c.ItemKind)),
                    new Text(Display.Percent(c.Progress)),
                    new Text(c.Counts ? Display.Number(Math.Round(c.Weight, 4)) : "-"),
                    new Text(c.Counts ? Display.Percent(Okr.Core.Progress.FromRatio(c.Share)) : "-"),
                    new Text(adds is { } a ? Display.Percent(Okr.Core.Progress.FromRatio(a)) : "-"),
                    new Text(c.Note ?? (c.Counts ? string.Empty : "does not count")));
            }

            rows.Add(table);
        }

        if (explanation.ProgressOverride is { } o)
        {
            rows.Add(new Markup($"[yellow]override[/] ({o.Mode}) by {Markup.Escape(o.Author)}: {Display.Percent(o.Progress)} instead of {Display.Percent(explanation.ComputedProgress)}, because {Markup.Escape(o.Reason)}"));
        }

        if (score.Score.Override is { } so)
        {
            rows.Add(new Markup($"[yellow]score recorded[/] by {Markup.Escape(so.Author)}: {Display.Score(so.Score)} instead of {Display.Score(score.Score.Computed)}, because {Markup.Escape(so.Reason)}"));
        }

        rows.Add(new Markup($"[grey]status:[/] {Markup.Escape(explanation.StatusRule)}"));
        return new Rows(rows);
    }
}
