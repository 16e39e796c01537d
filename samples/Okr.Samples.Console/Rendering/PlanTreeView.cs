using Okr.Core;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Plans;
using Spectre.Console;

namespace Okr.Samples.Cli.Rendering;

/// <summary>The alignment tree: every item with its bar, progress, status (coloured by health) and score.</summary>
internal static class PlanTreeView
{
    public static Tree Build(Scorecard scorecard, string title)
    {
        var tree = new Tree(title) { Guide = TreeGuide.Line };
        var outline = PlanOutline.Build(scorecard.Plan);
        var nodes = new Dictionary<string, TreeNode>(StringComparer.Ordinal);
        foreach (var row in outline)
        {
            string label = Label(row, scorecard[row.Id]);
            var node = row.DrawnParentId is { } parent && nodes.TryGetValue(parent, out var parentNode)
                ? parentNode.AddNode(label)
                : tree.AddNode(label);
            nodes[row.Id] = node;
        }

        return tree;
    }

    public static string Label(OutlineRow row, ItemResult score)
    {
        string name = row.Kind switch
        {
            OkrItemKind.Objective => $"[bold]{Markup.Escape(row.Title)}[/]",
            OkrItemKind.KeyResult => Markup.Escape(row.Title),
            OkrItemKind.Initiative => $"[italic]{Markup.Escape(row.Title)}[/]",
            _ => Markup.Escape(row.Title),
        };
        string owner = row.Owner is { } o && row.Kind == OkrItemKind.Objective ? $" [grey]({Markup.Escape(o)})[/]" : string.Empty;
        string scoreText = row.Kind is OkrItemKind.Objective or OkrItemKind.KeyResult && score.Score.Value is { } s
            ? $"  score {Display.Score(s)}"
            : string.Empty;
        return $"{name}{owner} [grey]{Markup.Escape(row.Id)}[/]\n"
            + $"{Display.BarMarkup(score.Progress, score.Status)} {Display.Percent(score.Progress)}  {Display.StatusMarkup(score.Status)}{scoreText}";
    }
}
