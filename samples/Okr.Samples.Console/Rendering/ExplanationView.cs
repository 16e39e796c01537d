using Okr.Core.Scoring;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Okr.Samples.Cli.Rendering;

/// <summary>An explanation, child by child: the rule, each child's progress, weight and share, overrides and the status rule.</summary>
internal static class ExplanationView
{
    public static IRenderable Build(Explanation explanation, Func<string, string> titleOf, int width, Okr.Core.OkrPlan plan, DateOnly asOf)
    {
        var score = explanation.Result;
        var rows = new List<IRenderable>
        {
            new Markup($"[bold]{Markup.Escape(titleOf(score.Id))}[/] [grey]{Markup.Escape(score.Id)}, {Display.Kind(score.ItemKind)}[/]"),
            new Markup($"progress [bold]{Display.Percent(score.Progress)}[/]"
                + (score.ExpectedProgress is { } e ? $" (expected {Display.Percent(e)})" : string.Empty)
                + $", status {Display.StatusMarkup(score.Status)}"
                + (score.Score.Value is { } s ? $", score {Display.Score(s)} ({score.Score.Grade.ToString().ToLowerInvariant()})" : string.Empty)
                + (ValueText(plan, score) is { } v ? $", {Markup.Escape(v)}" : string.Empty)),
            new Markup($"[grey]rule:[/] {Markup.Escape(Prose.Text(explanation.Summary))}"),
        };

        if (!explanation.Contributions.IsEmpty)
        {
            var table = new FitTable { Border = TableBorder.Simple }
                .Column("child").Column("kind", keep: 1).Column("progress", right: true)
                .Column("weight", right: true, keep: 2).Column("share", right: true, keep: 3)
                .Column("adds", right: true, keep: 4).Column("note", keep: 5);
            var activity = score.ItemKind == OkrItemKind.KeyResult && plan.FindKeyResult(score.Id) is { } keyResult
                ? Analysis.ActivityParts.Of(keyResult, asOf)?.ToDictionary(p => p.InitiativeId, StringComparer.Ordinal)
                : null;
            foreach (var c in explanation.Contributions)
            {
                if (activity is not null && activity.TryGetValue(c.ChildId, out var part))
                {
                    // An activity key result counts its initiatives' tasks, not their weighted progress: show each one's real part.
                    table.Row(Markup.Escape(c.ChildId), Display.Kind(c.ItemKind), Display.Percent(c.Progress), "-",
                        part.Share is { } ps ? Display.Percent(Okr.Core.Progress.FromRatio(ps)) : "-",
                        Display.Percent(Okr.Core.Progress.FromRatio(part.Adds)), Markup.Escape(part.Note));
                    continue;
                }

                decimal? adds = c.Counts && c.CountedProgress is { } counted ? counted.Ratio * c.Share : null;
                table.Row(
                    Markup.Escape(c.ChildId),
                    Display.Kind(c.ItemKind),
                    Display.Percent(c.Progress),
                    c.Counts ? Display.Number(Math.Round(c.Weight, 4)) : "-",
                    c.Counts ? Display.Percent(Okr.Core.Progress.FromRatio(c.Share)) : "-",
                    adds is { } a ? Display.Percent(Okr.Core.Progress.FromRatio(a)) : "-",
                    Markup.Escape(Prose.Text(c.Note ?? (c.Counts ? string.Empty : "does not count"))));
            }

            rows.Add(table.Render(width));
        }

        if (explanation.ProgressOverride is { } o)
        {
            rows.Add(new Markup($"[yellow]override[/] ({Prose.Text(o.Mode.ToString())}) by {Markup.Escape(o.Author)}: {Display.Percent(o.Progress)} instead of {Display.Percent(explanation.ComputedProgress)}, because {Markup.Escape(o.Reason)}"));
        }

        if (score.Score.Override is { } so)
        {
            rows.Add(new Markup($"[yellow]score recorded[/] by {Markup.Escape(so.Author)}: {Display.Score(so.Score)} instead of {Display.Score(score.Score.Computed)}, because {Markup.Escape(so.Reason)}"));
        }

        return Finish(rows, explanation);
    }

    private static string? ValueText(Okr.Core.OkrPlan plan, ItemResult score) =>
        score.ItemKind == OkrItemKind.KeyResult && plan.FindKeyResult(score.Id) is { } keyResult
            ? ItemText.KeyResultValue(keyResult, score.Value)
            : score.Value is { } v ? "value " + Display.Number(v) : null;

    private static Rows Finish(List<IRenderable> rows, Explanation explanation)
    {
        rows.Add(new Markup($"[grey]status:[/] {Markup.Escape(Prose.Text(explanation.StatusRule))}"));
        return new Rows(rows);
    }
}
