namespace Okr.Core.Integrations;

/// <summary>
/// Applies an <see cref="AsanaSubtaskRule"/> to the rows of an Asana CSV export: links each subtask to its parent by
/// the parent's name (the only thing the export gives), finds each row's top-level task without recursion (cycles are
/// broken and reported), then yields the rows that become work items and counts the others.
/// </summary>
internal static class AsanaSubtasks
{
    public static IEnumerable<AsanaRow> Resolve(List<AsanaRow> rows, AsanaSubtaskRule rule, ImportCollector collector)
    {
        int[] parent = Parents(rows, collector);
        int[] top = TopLevel(rows, parent, collector);
        var hasChildren = new bool[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            if (parent[i] >= 0)
            {
                hasChildren[parent[i]] = true;
            }
        }

        var result = new List<AsanaRow>(rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (rule == AsanaSubtaskRule.ParentCountsOnce)
            {
                if (parent[i] < 0)
                {
                    result.Add(row);
                    continue;
                }

                collector.Subtask();
                collector.Alias(row.Key, rows[top[i]].Key);
            }
            else if (hasChildren[i])
            {
                collector.Structure();
            }
            else
            {
                // A leaf: a dependency on any task above it stands for a dependency on it.
                for (int up = parent[i]; up >= 0; up = parent[up])
                {
                    collector.Alias(rows[up].Key, row.Key);
                }

                result.Add(row with { Project = row.Project ?? rows[top[i]].Project });
            }
        }

        return result;
    }

    /// <summary>Each row's parent row (by the parent's unique name in the export), or -1 for a top-level task.</summary>
    private static int[] Parents(List<AsanaRow> rows, ImportCollector collector)
    {
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < rows.Count; i++)
        {
            if (!byName.TryAdd(rows[i].Item.Title, i))
            {
                ambiguous.Add(rows[i].Item.Title);
            }
        }

        int[] parent = new int[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            parent[i] = -1;
            var row = rows[i];
            if (row.ParentName is not { } name)
            {
                continue;
            }

            if (!byName.TryGetValue(name, out int p))
            {
                collector.Warn(row.Location, row.Key, $"The parent task '{name}' is not in the export; the subtask counts as a task of its own.");
            }
            else if (ambiguous.Contains(name))
            {
                collector.Warn(row.Location, row.Key, $"Several tasks of the export are named '{name}', so the parent is unknown; the subtask counts as a task of its own.");
            }
            else if (p == i)
            {
                collector.Warn(row.Location, row.Key, "The task names itself as its parent; it counts as a task of its own.");
            }
            else
            {
                parent[i] = p;
            }
        }

        return parent;
    }

    /// <summary>Each row's top-level task. Walks up iteratively; a cycle of parents is broken at the row where it is
    /// met (that row becomes top-level, with a warning).</summary>
    private static int[] TopLevel(List<AsanaRow> rows, int[] parent, ImportCollector collector)
    {
        int[] top = new int[rows.Count];
        var state = new byte[rows.Count]; // 0 not seen, 1 on the current path, 2 done
        var path = new List<int>();
        for (int i = 0; i < rows.Count; i++)
        {
            path.Clear();
            int j = i;
            int t;
            while (true)
            {
                if (state[j] == 2)
                {
                    t = top[j];
                    break;
                }

                if (state[j] == 1)
                {
                    collector.Warn(rows[j].Location, rows[j].Key, $"The parent tasks of '{rows[j].Item.Title}' lead back to it; it counts as a top-level task.");
                    parent[j] = -1;
                    t = j;
                    break;
                }

                state[j] = 1;
                path.Add(j);
                if (parent[j] < 0)
                {
                    t = j;
                    break;
                }

                j = parent[j];
            }

            foreach (int k in path)
            {
                top[k] = t;
                state[k] = 2;
            }
        }

        return top;
    }
}
