using Okr.Core.Scoring;

namespace Okr.Core.Internal;

/// <content>The checks of a plan's references and alignment (dangling references, cycles) and the topological order.</content>
internal sealed partial class PlanIndex
{
    private static InvalidPlanException Dangling(string fromId, string fromKind, string targetId, string targetKind, string verb) =>
        new(PlanProblem.DanglingReference, [fromId, targetId], $"The {fromKind} '{fromId}' {verb} '{targetId}', but the plan has no {targetKind} with that id.");

    private static string Describe(OkrItemKind kind) => kind switch
    {
        OkrItemKind.Objective => "objective",
        OkrItemKind.KeyResult => "key result",
        OkrItemKind.Initiative => "initiative",
        _ => "work item",
    };

    private static void DetectCycles(int count, int[] alignFirst, int[] alignSecond, string[] ids)
    {
        // Iterative three-colour depth-first search; the explicit stack keeps the path to name a cycle.
        var state = new byte[count]; // 0 new, 1 on path, 2 done
        var stack = new Stack<(int Node, int Next)>();
        for (int start = 0; start < count; start++)
        {
            if (state[start] != 0 || alignFirst[start] < 0)
            {
                continue;
            }

            stack.Push((start, 0));
            state[start] = 1;
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                int parent = next switch
                {
                    0 => alignFirst[node],
                    1 => alignSecond[node],
                    _ => -1,
                };
                if (parent < 0)
                {
                    state[node] = 2;
                    continue;
                }

                stack.Push((node, next + 1));
                if (state[parent] == 1)
                {
                    var path = stack.Reverse().Select(f => f.Node).ToList();
                    int from = path.IndexOf(parent);
                    var cycle = path.Skip(from).Select(i => ids[i]).Append(ids[parent]).ToList();
                    throw new InvalidPlanException(
                        PlanProblem.AlignmentCycle,
                        cycle,
                        $"Alignment forms a cycle: {string.Join(" -> ", cycle)}. Objectives and key results must form a forest.");
                }

                if (state[parent] == 0)
                {
                    state[parent] = 1;
                    stack.Push((parent, 0));
                }
            }
        }
    }

    private static int[] TopologicalOrder(int count, int[] childStart, int[] children, int[] parentStart, int[] parents)
    {
        // Kahn's algorithm: a node is ready once all its structural children are placed.
        var pending = new int[count];
        var ready = new Queue<int>();
        for (int n = 0; n < count; n++)
        {
            pending[n] = childStart[n + 1] - childStart[n];
            if (pending[n] == 0)
            {
                ready.Enqueue(n);
            }
        }

        var order = new int[count];
        int placed = 0;
        while (ready.Count > 0)
        {
            int n = ready.Dequeue();
            order[placed++] = n;
            for (int p = parentStart[n]; p < parentStart[n + 1]; p++)
            {
                if (--pending[parents[p]] == 0)
                {
                    ready.Enqueue(parents[p]);
                }
            }
        }

        if (placed != count)
        {
            throw new InvalidOperationException("The plan's structure has a cycle that alignment checks did not catch.");
        }

        return order;
    }
}
