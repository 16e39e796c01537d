using Okr.Core.Scoring;

namespace Okr.Core.Internal;

/// <content>Builds the index in named steps: number the items, check dependencies, make the structural edges (twice:
/// count, then fill), order the nodes.</content>
internal sealed partial class PlanIndex
{
    // Called once per plan and long-running: compiled fully optimized at once instead of through on-stack replacement.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static PlanIndex Build(ImmutableArray<Objective> objectives)
    {
        var build = new Builder(objectives);
        build.NumberItems();
        build.CheckDependencies();

        // Structural edges child -> parent, with references checked, stored as compressed sparse rows: the first pass
        // counts (and checks references and cycles), the second fills; both emit the edges in the same order, so every
        // node's children and parents keep the order of the passes below. Nodes are numbered in nested-walk order.
        build.AddEdges(counting: true);
        DetectCycles(build.Count, build.AlignFirst, build.AlignSecond, build.Ids);
        build.Rows.StartFilling();
        build.AddEdges(counting: false);

        var rows = build.Rows;
        var order = TopologicalOrder(build.Count, rows.ChildStart, rows.Children, rows.ParentStart, rows.Parents);
        var (slot, slots) = build.Slots();
        return new PlanIndex(build.NodeOf, build.Ids, build.Locations, rows.ChildStart, rows.Children, rows.ParentStart, rows.Parents, build.UpperOrder(order), slot, slots);
    }

    private static int CountItems(ImmutableArray<Objective> objectives)
    {
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

        return total;
    }

    /// <summary>The working arrays of one build, each allocated once at its final size (the items are counted first).</summary>
    private sealed class Builder
    {
        private readonly ImmutableArray<Objective> objectives;

        // The owner node of each node (-1 for objectives), and each objective's node.
        private readonly int[] owner;
        private readonly int[] objectiveNode;

        // The nodes whose records have references (aligned objectives, cascading key results, work items with
        // dependencies), in node order: the passes revisit only these records.
        private readonly List<int> referencing = [];

        public Builder(ImmutableArray<Objective> objectives)
        {
            this.objectives = objectives;
            Count = CountItems(objectives);
            Ids = new string[Count];
            Locations = new ItemLocation[Count];
            NodeOf = new IdTable(Count);
            owner = new int[Count];
            objectiveNode = new int[objectives.Length];
            Rows = new EdgeRows(Count);

            // "Alignment" parent pointers used for cycle detection: objective -> parent objective or key result; key
            // result -> its objective, then its cascade parent. At most two per node.
            AlignFirst = new int[Count];
            AlignSecond = new int[Count];
            AlignFirst.AsSpan().Fill(-1);
            AlignSecond.AsSpan().Fill(-1);
        }

        public int Count { get; }

        public string[] Ids { get; }

        public ItemLocation[] Locations { get; }

        public IdTable NodeOf { get; }

        public EdgeRows Rows { get; }

        public int[] AlignFirst { get; }

        public int[] AlignSecond { get; }

        /// <summary>One walk over the model reads every record once, numbering the items in nested order and refusing a
        /// duplicate id; the steps after it work on the arrays and revisit only the records with references.</summary>
        public void NumberItems()
        {
            var ids = Ids;
            var locs = Locations;
            var nodeOf = NodeOf;
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
                    NumberKeyResult(objective.KeyResults[k], o, k, objectiveAt, ref added);
                }
            }
        }

        /// <summary>Dependencies make no edges; they are checked (in node order) before the alignment references, as always.</summary>
        public void CheckDependencies()
        {
            foreach (int n in referencing)
            {
                var l = Locations[n];
                if (l.Kind != OkrItemKind.WorkItem)
                {
                    continue;
                }

                foreach (var dependency in objectives[l.Objective].KeyResults[l.KeyResult].Initiatives[l.Initiative].WorkItems[l.WorkItem].DependsOn)
                {
                    if (!NodeOf.TryGet(Ids, dependency, out int d) || Locations[d].Kind != OkrItemKind.WorkItem)
                    {
                        throw Dangling(Ids[n], "work item", dependency, "work item", "depends on");
                    }
                }
            }
        }

        /// <summary>Emits every structural edge once, in the order the children lists keep: owners first (so an objective's
        /// children start with its key results), then alignment and cascades, then an objective's initiatives (structural
        /// children too, for objectives that include them). While counting, also checks the references and records the
        /// alignment pointers.</summary>
        public void AddEdges(bool counting)
        {
            var rows = Rows;
            var locs = Locations;
            for (int n = 0; n < Count; n++)
            {
                int parent = owner[n];
                if (parent >= 0)
                {
                    rows.Edge(n, parent);
                    if (counting && locs[n].Kind == OkrItemKind.KeyResult)
                    {
                        Align(AlignFirst, AlignSecond, n, parent);
                    }
                }
            }

            foreach (int n in referencing)
            {
                AddReferenceEdge(n, counting);
            }

            for (int n = 0; n < Count; n++)
            {
                if (locs[n].Kind == OkrItemKind.Initiative)
                {
                    rows.Edge(n, objectiveNode[locs[n].Objective]);
                }
            }
        }

        /// <summary>For objectives and key results, their row in a scorecard's per-measured-item columns.</summary>
        public (int[] Slot, int Slots) Slots()
        {
            var slot = new int[Count];
            int slots = 0;
            for (int n = 0; n < Count; n++)
            {
                slot[n] = Locations[n].Kind is OkrItemKind.Objective or OkrItemKind.KeyResult ? slots++ : -1;
            }

            return (slot, slots);
        }

        /// <summary>The objectives and the key results others cascade into, children before parents.</summary>
        public int[] UpperOrder(int[] order)
        {
            var upper = new List<int>();
            foreach (int n in order)
            {
                if (Locations[n].Kind == OkrItemKind.Objective || (Locations[n].Kind == OkrItemKind.KeyResult && HasKeyResultChild(n)))
                {
                    upper.Add(n);
                }
            }

            return upper.ToArray();
        }

        private void NumberKeyResult(KeyResult keyResult, int o, int k, int objectiveAt, ref int added)
        {
            var ids = Ids;
            var locs = Locations;
            var nodeOf = NodeOf;
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

        /// <summary>The edge of an aligned objective (to an objective; one aligned to a key result only aligns) or of a
        /// cascading key result, with its reference checked.</summary>
        private void AddReferenceEdge(int n, bool counting)
        {
            var l = Locations[n];
            int parent;
            if (l.Kind == OkrItemKind.Objective)
            {
                var alignment = objectives[l.Objective].Alignment;
                var wanted = alignment.Kind == AlignmentKind.Objective ? OkrItemKind.Objective : OkrItemKind.KeyResult;
                if (!NodeOf.TryGet(Ids, alignment.TargetId!, out parent) || Locations[parent].Kind != wanted)
                {
                    throw Dangling(Ids[n], "objective", alignment.TargetId!, Describe(wanted), "is aligned to");
                }

                if (wanted == OkrItemKind.Objective)
                {
                    Rows.Edge(n, parent);
                }
            }
            else if (l.Kind == OkrItemKind.KeyResult)
            {
                var parentId = objectives[l.Objective].KeyResults[l.KeyResult].ParentKeyResultId!;
                if (!NodeOf.TryGet(Ids, parentId, out parent) || Locations[parent].Kind != OkrItemKind.KeyResult)
                {
                    throw Dangling(Ids[n], "key result", parentId, "key result", "cascades into");
                }

                Rows.Edge(n, parent);
            }
            else
            {
                return;
            }

            if (counting)
            {
                Align(AlignFirst, AlignSecond, n, parent);
            }
        }

        private bool HasKeyResultChild(int node)
        {
            var childStart = Rows.ChildStart;
            var children = Rows.Children;
            for (int c = childStart[node]; c < childStart[node + 1]; c++)
            {
                if (Locations[children[c]].Kind == OkrItemKind.KeyResult)
                {
                    return true;
                }
            }

            return false;
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
    }
}
