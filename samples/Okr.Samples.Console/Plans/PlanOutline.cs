using Okr.Core;
using Okr.Core.Scoring;

namespace Okr.Samples.Cli.Plans;

/// <summary>One line of a plan's outline: an item with its depth in the alignment tree and its parent.</summary>
internal sealed record OutlineRow(string Id, string Title, OkrItemKind Kind, int Depth, string? ParentId, string? Owner);

/// <summary>
/// A plan flattened in tree order: each root objective, then its key results (each followed by its initiatives and
/// their tasks, then the objectives aligned to that key result), then the objectives aligned to the objective.
/// Built with an explicit stack, so a deep alignment chain cannot overflow the call stack.
/// </summary>
internal static class PlanOutline
{
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
                    rows.Add(new OutlineRow(o.Id, o.Title, OkrItemKind.Objective, depth, parent, o.Owner));
                    children.AddRange(o.KeyResults);
                    children.AddRange(AlignedTo(alignedTo, o.Id));
                    PushAll(stack, children, depth + 1, o.Id);
                    break;
                case KeyResult k:
                    rows.Add(new OutlineRow(k.Id, k.Title, OkrItemKind.KeyResult, depth, parent, k.Owner));
                    children.AddRange(k.Initiatives);
                    children.AddRange(AlignedTo(alignedTo, k.Id));
                    PushAll(stack, children, depth + 1, k.Id);
                    break;
                case Initiative n:
                    rows.Add(new OutlineRow(n.Id, n.Title, OkrItemKind.Initiative, depth, parent, n.Owner));
                    PushAll(stack, [.. n.WorkItems], depth + 1, n.Id);
                    break;
                case WorkItem w:
                    rows.Add(new OutlineRow(w.Id, w.Title, OkrItemKind.WorkItem, depth, parent, w.Assignee));
                    break;
            }
        }

        return rows;
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
