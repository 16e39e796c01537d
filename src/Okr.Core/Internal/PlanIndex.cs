using Okr.Core.Scoring;

namespace Okr.Core.Internal;

/// <summary>
/// The structure of a plan compiled into flat arrays: one node per item, its location in the nested model, its
/// structural children and parents (compressed sparse rows) and a topological order (children before parents).
/// Holds no item data, so plans that differ only in data (check-ins, states, overrides, weights) share one index.
/// Built without recursion: depth of alignment never threatens the stack.
/// </summary>
internal sealed class PlanIndex
{
    private readonly IdTable nodeOf;

    // Where each node sits in the nested model, in 9 bytes per node: its kind, its position in its owner's array (the
    // objective's own position for objectives) and its owner's node (the objective of a key result, the key result of an
    // initiative, the initiative of a work item).
    private readonly byte[] kinds;
    private readonly int[] positions;
    private readonly int[] owners;

    private PlanIndex(IdTable nodeOf, string[] ids, ItemLocation[] locations, int[] childStart, int[] children, int[] parentStart, int[] parents, int[] upperOrder, int[] slot, int slotCount)
    {
        this.nodeOf = nodeOf;
        Ids = ids;
        (kinds, positions, owners) = Compress(locations);
        ChildStart = childStart;
        Children = children;
        ParentStart = parentStart;
        Parents = parents;
        UpperOrder = upperOrder;
        Slot = slot;
        SlotCount = slotCount;
    }

    public int Count => Ids.Length;

    public string[] Ids { get; }

    /// <summary>The kind of a node's item.</summary>
    public OkrItemKind KindOf(int node) => (OkrItemKind)kinds[node];

    /// <summary>The number of items of a kind.</summary>
    public int CountOf(OkrItemKind kind)
    {
        int count = 0;
        foreach (byte k in kinds)
        {
            count += k == (byte)kind ? 1 : 0;
        }

        return count;
    }

    /// <summary>Where a node's item sits in the nested model.</summary>
    public ItemLocation LocationOf(int node)
    {
        int position = positions[node];
        switch ((OkrItemKind)kinds[node])
        {
            case OkrItemKind.Objective:
                return new ItemLocation(OkrItemKind.Objective, position, -1, -1, -1);
            case OkrItemKind.KeyResult:
                return new ItemLocation(OkrItemKind.KeyResult, positions[owners[node]], position, -1, -1);
            case OkrItemKind.Initiative:
                int keyResult = owners[node];
                return new ItemLocation(OkrItemKind.Initiative, positions[owners[keyResult]], positions[keyResult], position, -1);
            default:
                int initiative = owners[node];
                int ofInitiative = owners[initiative];
                return new ItemLocation(OkrItemKind.WorkItem, positions[owners[ofInitiative]], positions[ofInitiative], positions[initiative], position);
        }
    }

    /// <summary>Children of node n are Children[ChildStart[n] .. ChildStart[n + 1]).
    /// Objective: its key results, then objectives aligned to it, then its key results' initiatives.
    /// Key result: its initiatives, then key results cascading into it. Initiative: its work items.</summary>
    public int[] ChildStart { get; }

    public int[] Children { get; }

    /// <summary>Structural parents: the nodes whose results depend on node n.</summary>
    public int[] ParentStart { get; }

    public int[] Parents { get; }

    /// <summary>
    /// The nodes a nested walk of the model (objective, key result, initiative, work item) cannot compute in passing,
    /// children before parents: every objective and every key result that other key results cascade into. Every
    /// other node depends only on nodes that come before it in the nested walk.
    /// </summary>
    public int[] UpperOrder { get; }

    /// <summary>For objectives and key results, their row in a scorecard's per-measured-item columns (value, confidence, last update); -1 for others.</summary>
    public int[] Slot { get; }

    /// <summary>The number of objectives and key results: the rows of a scorecard's per-measured-item columns.</summary>
    public int SlotCount { get; }

    public bool TryGet(string id, out ItemLocation location)
    {
        if (nodeOf.TryGet(Ids, id, out int node))
        {
            location = LocationOf(node);
            return true;
        }

        location = default;
        return false;
    }

    public bool TryGetNode(string id, out int node) => nodeOf.TryGet(Ids, id, out node);

    public ReadOnlySpan<int> ChildrenOf(int node) => Children.AsSpan(ChildStart[node], ChildStart[node + 1] - ChildStart[node]);

    public ReadOnlySpan<int> ParentsOf(int node) => Parents.AsSpan(ParentStart[node], ParentStart[node + 1] - ParentStart[node]);

    /// <summary>Whether replacing <paramref name="before"/> by <paramref name="after"/> keeps the structure: same ids in the same places and the same cascade parent.</summary>
    public static bool SameShape(KeyResult before, KeyResult after)
    {
        if (before.Id != after.Id || before.ParentKeyResultId != after.ParentKeyResultId || before.Initiatives.Length != after.Initiatives.Length)
        {
            return false;
        }

        for (int i = 0; i < before.Initiatives.Length; i++)
        {
            var b = before.Initiatives[i];
            var a = after.Initiatives[i];
            if (b.Id != a.Id || b.WorkItems.Length != a.WorkItems.Length)
            {
                return false;
            }

            for (int w = 0; w < b.WorkItems.Length; w++)
            {
                if (b.WorkItems[w].Id != a.WorkItems[w].Id)
                {
                    return false;
                }
            }
        }

        return true;
    }

    // Called once per plan and long-running: compiled fully optimized at once instead of through on-stack replacement.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static PlanIndex Build(ImmutableArray<Objective> objectives)
    {
        // Count first, so every array is allocated once at its final size.
        int total = 0;
        foreach (var objective in objectives)
        {
            total++;
            foreach (var keyResult in objective.KeyResults)
            {
                total++;
                foreach (var initiative in keyResult.Initiatives)
                {
                    total += 1 + initiative.WorkItems.Length;
                }
            }
        }

        var ids = new string[total];
        var locs = new ItemLocation[total];
        var nodeOf = new IdTable(total);

        // One walk over the model reads every record once; the passes below work on these arrays and revisit only the
        // records with references (aligned objectives, cascading key results, work items with dependencies).
        var owner = new int[total];
        var objectiveNode = new int[objectives.Length];
        var referencing = new List<int>();
        int added = 0;
        for (int o = 0; o < objectives.Length; o++)
        {
            var objective = objectives[o];
            int objectiveAt = objectiveNode[o] = added;
            owner[added] = -1;
            if (objective.Alignment.Kind != AlignmentKind.None)
            {
                referencing.Add(added);
            }

            Add(ids, locs, nodeOf, ref added, objective.Id, new ItemLocation(OkrItemKind.Objective, o, -1, -1, -1));
            for (int k = 0; k < objective.KeyResults.Length; k++)
            {
                var keyResult = objective.KeyResults[k];
                int keyResultAt = added;
                owner[added] = objectiveAt;
                if (keyResult.ParentKeyResultId is not null)
                {
                    referencing.Add(added);
                }

                Add(ids, locs, nodeOf, ref added, keyResult.Id, new ItemLocation(OkrItemKind.KeyResult, o, k, -1, -1));
                for (int i = 0; i < keyResult.Initiatives.Length; i++)
                {
                    var initiative = keyResult.Initiatives[i];
                    int initiativeAt = added;
                    owner[added] = keyResultAt;
                    Add(ids, locs, nodeOf, ref added, initiative.Id, new ItemLocation(OkrItemKind.Initiative, o, k, i, -1));
                    for (int w = 0; w < initiative.WorkItems.Length; w++)
                    {
                        var workItem = initiative.WorkItems[w];
                        owner[added] = initiativeAt;
                        if (!workItem.DependsOn.IsEmpty)
                        {
                            referencing.Add(added);
                        }

                        Add(ids, locs, nodeOf, ref added, workItem.Id, new ItemLocation(OkrItemKind.WorkItem, o, k, i, w));
                    }
                }
            }
        }

        int count = total;

        // Structural edges child -> parent, with references checked, stored as compressed sparse rows: the first pass
        // counts (and checks references and cycles), the second fills; both emit the edges in the same order, so every
        // node's children and parents keep the order of the passes below. Nodes are numbered in nested-walk order.
        var rows = new EdgeRows(count);

        // "Alignment" parent pointers used for cycle detection: objective -> parent objective or key result; key result
        // -> its objective, then its cascade parent. At most two per node.
        var alignFirst = new int[count];
        var alignSecond = new int[count];
        alignFirst.AsSpan().Fill(-1);
        alignSecond.AsSpan().Fill(-1);

        // Dependencies make no edges; check them (in node order) before the alignment references, as always.
        foreach (int n in referencing)
        {
            var l = locs[n];
            if (l.Kind != OkrItemKind.WorkItem)
            {
                continue;
            }

            foreach (var dependency in objectives[l.Objective].KeyResults[l.KeyResult].Initiatives[l.Initiative].WorkItems[l.WorkItem].DependsOn)
            {
                if (!nodeOf.TryGet(ids, dependency, out int d) || locs[d].Kind != OkrItemKind.WorkItem)
                {
                    throw Dangling(ids[n], "work item", dependency, "work item", "depends on");
                }
            }
        }

        for (int pass = 0; pass < 2; pass++)
        {
            bool counting = pass == 0;

            // Key results, initiatives and work items first, so an objective's children list starts with its key results.
            for (int n = 0; n < count; n++)
            {
                int parent = owner[n];
                if (parent >= 0)
                {
                    rows.Edge(n, parent);
                    if (counting && locs[n].Kind == OkrItemKind.KeyResult)
                    {
                        Align(alignFirst, alignSecond, n, parent);
                    }
                }
            }

            // Then alignment (objectives) and cascades (key results), in node order.
            foreach (int n in referencing)
            {
                var l = locs[n];
                if (l.Kind == OkrItemKind.Objective)
                {
                    var alignment = objectives[l.Objective].Alignment;
                    var wanted = alignment.Kind == AlignmentKind.Objective ? OkrItemKind.Objective : OkrItemKind.KeyResult;
                    if (!nodeOf.TryGet(ids, alignment.TargetId!, out int parent) || locs[parent].Kind != wanted)
                    {
                        throw Dangling(ids[n], "objective", alignment.TargetId!, Describe(wanted), "is aligned to");
                    }

                    if (wanted == OkrItemKind.Objective)
                    {
                        rows.Edge(n, parent);
                    }

                    if (counting)
                    {
                        Align(alignFirst, alignSecond, n, parent);
                    }
                }
                else if (l.Kind == OkrItemKind.KeyResult)
                {
                    var parentId = objectives[l.Objective].KeyResults[l.KeyResult].ParentKeyResultId!;
                    if (!nodeOf.TryGet(ids, parentId, out int parent) || locs[parent].Kind != OkrItemKind.KeyResult)
                    {
                        throw Dangling(ids[n], "key result", parentId, "key result", "cascades into");
                    }

                    rows.Edge(n, parent);
                    if (counting)
                    {
                        Align(alignFirst, alignSecond, n, parent);
                    }
                }
            }

            // An objective's initiatives (through its key results) are structural children too, for objectives that include them.
            for (int n = 0; n < count; n++)
            {
                if (locs[n].Kind == OkrItemKind.Initiative)
                {
                    rows.Edge(n, objectiveNode[locs[n].Objective]);
                }
            }

            if (counting)
            {
                DetectCycles(count, alignFirst, alignSecond, ids);
                rows.StartFilling();
            }
        }

        int[] childStart = rows.ChildStart, children = rows.Children, parentStart = rows.ParentStart, parents = rows.Parents;
        var order = TopologicalOrder(count, childStart, children, parentStart, parents);

        var slot = new int[count];
        int slots = 0;
        for (int n = 0; n < count; n++)
        {
            slot[n] = locs[n].Kind is OkrItemKind.Objective or OkrItemKind.KeyResult ? slots++ : -1;
        }

        var upper = new List<int>();
        foreach (int n in order)
        {
            if (locs[n].Kind == OkrItemKind.Objective || (locs[n].Kind == OkrItemKind.KeyResult && HasKeyResultChild(n, childStart, children, locs)))
            {
                upper.Add(n);
            }
        }

        return new PlanIndex(nodeOf, ids, locs, childStart, children, parentStart, parents, upper.ToArray(), slot, slots);
    }

    /// <summary>The locations as kinds, positions and owner nodes (nodes are numbered in nested order: every item right
    /// after its owner's earlier items).</summary>
    private static (byte[] Kinds, int[] Positions, int[] Owners) Compress(ItemLocation[] locations)
    {
        var kinds = new byte[locations.Length];
        var positions = new int[locations.Length];
        var owners = new int[locations.Length];
        int objective = -1;
        int keyResult = -1;
        int initiative = -1;
        for (int n = 0; n < locations.Length; n++)
        {
            var location = locations[n];
            kinds[n] = (byte)location.Kind;
            switch (location.Kind)
            {
                case OkrItemKind.Objective:
                    (objective, owners[n], positions[n]) = (n, -1, location.Objective);
                    break;
                case OkrItemKind.KeyResult:
                    (keyResult, owners[n], positions[n]) = (n, objective, location.KeyResult);
                    break;
                case OkrItemKind.Initiative:
                    (initiative, owners[n], positions[n]) = (n, keyResult, location.Initiative);
                    break;
                default:
                    (owners[n], positions[n]) = (initiative, location.WorkItem);
                    break;
            }
        }

        return (kinds, positions, owners);
    }

    private static void Add(string[] ids, ItemLocation[] locations, IdTable nodeOf, ref int added, string id, ItemLocation location)
    {
        ids[added] = id;
        int first = nodeOf.Add(ids, added);
        if (first >= 0)
        {
            throw new InvalidPlanException(
                PlanProblem.DuplicateId,
                [id],
                $"The id '{id}' is used by two items: a {Describe(locations[first].Kind)} and a {Describe(location.Kind)}. Ids must be unique across the whole plan.");
        }

        locations[added++] = location;
    }

    private static void Align(int[] first, int[] second, int child, int parent)
    {
        if (first[child] < 0)
        {
            first[child] = parent;
        }
        else
        {
            second[child] = parent;
        }
    }

    private static bool HasKeyResultChild(int node, int[] childStart, int[] children, ItemLocation[] locations)
    {
        for (int c = childStart[node]; c < childStart[node + 1]; c++)
        {
            if (locations[children[c]].Kind == OkrItemKind.KeyResult)
            {
                return true;
            }
        }

        return false;
    }

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
