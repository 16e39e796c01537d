using Okr.Core.Scoring;

namespace Okr.Core.Internal;

/// <summary>
/// The structure of a plan compiled into flat arrays: one node per item, its location in the nested model, its
/// structural children and parents (compressed sparse rows) and a topological order (children before parents).
/// Holds no item data, so plans that differ only in data (check-ins, states, overrides, weights) share one index.
/// Built without recursion: depth of alignment never threatens the stack.
/// </summary>
/// <remarks>The build is in <c>PlanIndex.Build.cs</c> (named steps over the working arrays), the reference and cycle
/// checks and the topological order in <c>PlanIndex.Checks.cs</c>.</remarks>
internal sealed partial class PlanIndex
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
}
