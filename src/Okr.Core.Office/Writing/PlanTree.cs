namespace Okr.Core.Office;

/// <summary>One line of the plan's outline: an objective or a key result, with its depth (0 for a top objective).</summary>
internal readonly record struct OutlineLine(Objective Objective, KeyResult? KeyResult, int Depth);

/// <summary>
/// The plan as an outline: each top objective (not aligned, or aligned to something outside the plan), its key results,
/// then the objectives aligned to its key results, then those aligned to it, one level deeper. Walked
/// with an explicit stack, so a deep alignment chain cannot overflow the call stack.
/// </summary>
internal static class PlanTree
{
    public static IEnumerable<OutlineLine> Lines(OkrPlan plan)
    {
        var childrenOfObjective = new Dictionary<string, List<Objective>>(StringComparer.Ordinal);
        var childrenOfKeyResult = new Dictionary<string, List<Objective>>(StringComparer.Ordinal);
        var roots = new List<Objective>();
        foreach (var objective in plan.Objectives)
        {
            var alignment = objective.Alignment;
            var parents = alignment.Kind switch
            {
                AlignmentKind.Objective when plan.FindObjective(alignment.TargetId!) is not null => childrenOfObjective,
                AlignmentKind.KeyResult when plan.FindKeyResult(alignment.TargetId!) is not null => childrenOfKeyResult,
                _ => null,
            };
            if (parents is null)
            {
                roots.Add(objective);
                continue;
            }

            if (!parents.TryGetValue(alignment.TargetId!, out var list))
            {
                parents[alignment.TargetId!] = list = [];
            }

            list.Add(objective);
        }

        var stack = new Stack<OutlineLine>();
        for (int i = roots.Count - 1; i >= 0; i--)
        {
            stack.Push(new OutlineLine(roots[i], null, 0));
        }

        while (stack.Count > 0)
        {
            var line = stack.Pop();
            yield return line;
            if (line.KeyResult is not null)
            {
                continue;
            }

            // Pushed in reverse so they come out in order: the key results, then the objectives aligned to one of them,
            // then the objectives aligned to the objective. Every key result row thus follows its objective's row with
            // only its sibling key results between them, whatever the depth.
            PushAll(stack, childrenOfObjective.GetValueOrDefault(line.Objective.Id), line.Depth + 1);
            var keyResults = line.Objective.KeyResults;
            for (int k = keyResults.Length - 1; k >= 0; k--)
            {
                PushAll(stack, childrenOfKeyResult.GetValueOrDefault(keyResults[k].Id), line.Depth + 1);
            }

            for (int k = keyResults.Length - 1; k >= 0; k--)
            {
                stack.Push(new OutlineLine(line.Objective, keyResults[k], line.Depth + 1));
            }
        }
    }

    private static void PushAll(Stack<OutlineLine> stack, List<Objective>? objectives, int depth)
    {
        if (objectives is null)
        {
            return;
        }

        for (int i = objectives.Count - 1; i >= 0; i--)
        {
            stack.Push(new OutlineLine(objectives[i], null, depth));
        }
    }
}
