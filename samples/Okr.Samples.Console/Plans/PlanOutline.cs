using System.Globalization;
using Okr.Core;
using Okr.Core.Scoring;

namespace Okr.Samples.Cli.Plans;

/// <summary>
/// One line of a plan's outline: an item with its parent and its depth in the alignment tree. <see cref="Depth"/> is the
/// depth to draw, capped at <see cref="PlanOutline.MaxDrawnDepth"/> so that indentation keeps every output linear in the
/// plan's size; <see cref="Level"/> is the true depth and <see cref="DrawnParentId"/> the parent to draw under (the
/// ancestor at the capped depth for deeper items).
/// </summary>
internal sealed record OutlineRow(string Id, string Title, OkrItemKind Kind, int Depth, string? ParentId, string? Owner)
{
    /// <summary>The true depth in the alignment tree (0 for a root objective).</summary>
    public int Level { get; init; } = Depth;

    /// <summary>The row to draw this one under: <see cref="ParentId"/>, or for an item deeper than the cap, its ancestor at the cap.</summary>
    public string? DrawnParentId { get; init; } = ParentId;
}

/// <summary>
/// A plan flattened in tree order: each root objective, then its key results (each followed by its initiatives and
/// their tasks, then the objectives aligned to that key result), then the objectives aligned to the objective.
/// Built with an explicit stack, so a deep alignment chain cannot overflow the call stack.
/// </summary>
internal static class PlanOutline
{
    /// <summary>The deepest level drawn; deeper items are drawn at this level (a 10,000-deep chain would otherwise
    /// indent its last row by 20,000 spaces, and every row of a table to the widest one: output quadratic in the plan).</summary>
    public const int MaxDrawnDepth = 16;

    /// <summary>The note every view of an outline prints when items are deeper than it draws; null when none is.</summary>
    public static string? DepthNote(IReadOnlyList<OutlineRow> outline)
    {
        int deeper = 0;
        int deepest = 0;
        foreach (var row in outline)
        {
            if (row.Level > MaxDrawnDepth)
            {
                deeper++;
                deepest = Math.Max(deepest, row.Level);
            }
        }

        return deeper == 0 ? null
            : string.Create(CultureInfo.InvariantCulture, $"{deeper} item(s) deeper than {MaxDrawnDepth} levels (down to level {deepest}) are drawn at level {MaxDrawnDepth}.");
    }

    public static IReadOnlyList<OutlineRow> Build(OkrPlan plan)
    {
        var alignedTo = new Dictionary<string, List<Objective>>(StringComparer.Ordinal);
        var roots = new List<Objective>();
        foreach (var objective in plan.Objectives)
        {
            if (objective.Alignment.TargetId is { } target && plan.Contains(target))
            {
                if (!alignedTo.TryGetValue(target, out var list))
                {
                    alignedTo[target] = list = [];
                }

                list.Add(objective);
            }
            else
            {
                roots.Add(objective);
            }
        }

        var rows = new List<OutlineRow>(plan.ItemCount);
        var drawnAt = new string?[MaxDrawnDepth + 1];
        var stack = new Stack<(object Item, int Depth, string? Parent)>();
        for (int i = roots.Count - 1; i >= 0; i--)
        {
            stack.Push((roots[i], 0, null));
        }

        while (stack.Count > 0)
        {
            var (item, depth, parent) = stack.Pop();
            var children = new List<object>();
            switch (item)
            {
                case Objective o:
                    rows.Add(Row(o.Id, o.Title, OkrItemKind.Objective, depth, parent, o.Owner, drawnAt));
                    children.AddRange(o.KeyResults);
                    children.AddRange(AlignedTo(alignedTo, o.Id));
                    PushAll(stack, children, depth + 1, o.Id);
                    break;
                case KeyResult k:
                    rows.Add(Row(k.Id, k.Title, OkrItemKind.KeyResult, depth, parent, k.Owner, drawnAt));
                    children.AddRange(k.Initiatives);
                    children.AddRange(AlignedTo(alignedTo, k.Id));
                    PushAll(stack, children, depth + 1, k.Id);
                    break;
                case Initiative n:
                    rows.Add(Row(n.Id, n.Title, OkrItemKind.Initiative, depth, parent, n.Owner, drawnAt));
                    PushAll(stack, [.. n.WorkItems], depth + 1, n.Id);
                    break;
                case WorkItem w:
                    rows.Add(Row(w.Id, w.Title, OkrItemKind.WorkItem, depth, parent, w.Assignee, drawnAt));
                    break;
            }
        }

        return rows;
    }

    /// <summary>A row, its drawn depth capped; <paramref name="drawnAt"/> holds the last row drawn at each depth (tree order).</summary>
    private static OutlineRow Row(string id, string title, OkrItemKind kind, int depth, string? parent, string? owner, string?[] drawnAt)
    {
        int drawn = Math.Min(depth, MaxDrawnDepth);
        drawnAt[drawn] = id;
        return new OutlineRow(id, title, kind, drawn, parent, owner)
        {
            Level = depth,
            DrawnParentId = depth > MaxDrawnDepth ? drawnAt[MaxDrawnDepth - 1] : parent,
        };
    }

    /// <summary>The ids of an item's ancestors in the outline, nearest first.</summary>
    public static IReadOnlyList<string> AncestorsOf(IReadOnlyList<OutlineRow> outline, string id)
    {
        var parents = outline.ToDictionary(r => r.Id, r => r.ParentId, StringComparer.Ordinal);
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        string? current = parents.GetValueOrDefault(id);
        while (current is not null && seen.Add(current))
        {
            result.Add(current);
            current = parents.GetValueOrDefault(current);
        }

        return result;
    }

    private static IEnumerable<Objective> AlignedTo(Dictionary<string, List<Objective>> alignedTo, string id) =>
        alignedTo.TryGetValue(id, out var list) ? list : [];

    private static void PushAll(Stack<(object, int, string?)> stack, List<object> children, int depth, string parent)
    {
        for (int i = children.Count - 1; i >= 0; i--)
        {
            stack.Push((children[i], depth, parent));
        }
    }
}
