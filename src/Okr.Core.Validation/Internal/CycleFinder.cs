namespace Okr.Core.Validation.Internal;

/// <summary>
/// Finds cycles in a directed graph of numbered nodes with an iterative three-colour depth-first search (no recursion,
/// so deep chains never threaten the stack). Each back edge yields one cycle, so every node on some cycle is reported
/// at least once; each edge is followed once, so the search is linear in nodes plus edges.
/// </summary>
internal static class CycleFinder
{
    /// <summary>Reports the cycles of a graph.</summary>
    /// <param name="count">The number of nodes.</param>
    /// <param name="edgeCount">The number of edges of a node.</param>
    /// <param name="edge">The target of a node's edge by index; -1 for none.</param>
    /// <param name="onCycle">Called with the node and edge index closing the cycle, and the cycle's nodes in edge order starting at the edge's target.</param>
    public static void Find(int count, Func<int, int> edgeCount, Func<int, int, int> edge, Action<int, int, List<int>> onCycle)
    {
        var state = new byte[count]; // 0 new, 1 on the path, 2 done
        var positionOnPath = new int[count];
        var path = new List<(int Node, int Next)>();
        for (int start = 0; start < count; start++)
        {
            if (state[start] != 0)
            {
                continue;
            }

            state[start] = 1;
            positionOnPath[start] = 0;
            path.Add((start, 0));
            while (path.Count > 0)
            {
                var (node, next) = path[^1];
                if (next >= edgeCount(node))
                {
                    state[node] = 2;
                    path.RemoveAt(path.Count - 1);
                    continue;
                }

                path[^1] = (node, next + 1);
                int target = edge(node, next);
                if (target < 0)
                {
                    continue;
                }

                if (state[target] == 1)
                {
                    var cycle = new List<int>();
                    for (int p = positionOnPath[target]; p < path.Count; p++)
                    {
                        cycle.Add(path[p].Node);
                    }

                    onCycle(node, next, cycle);
                }
                else if (state[target] == 0)
                {
                    state[target] = 1;
                    positionOnPath[target] = path.Count;
                    path.Add((target, 0));
                }
            }
        }
    }
}
