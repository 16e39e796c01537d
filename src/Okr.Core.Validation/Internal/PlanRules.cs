namespace Okr.Core.Validation.Internal;

/// <summary>
/// Validates a whole set of objectives in one pass over the items plus linear passes over the id index: ids, references,
/// alignment and cascade cycles, periods against parents, roll-up children, cascades and work item dependency cycles,
/// plus every item rule. Works on objectives that do not form a valid <see cref="OkrPlan"/> (duplicates, dangling
/// references, cycles), so imported data can be checked before the plan is built.
/// </summary>
internal sealed class PlanRules
{
    private readonly IReadOnlyList<Objective?> objectives;
    private readonly RollupSettings defaultRollup;
    private readonly PathNode root;
    private readonly FailureSink sink;
    private readonly List<Node> nodes = [];
    private readonly Dictionary<string, int> nodeOf = new(StringComparer.Ordinal);
    private int[] objectiveNode = [];

    private PlanRules(IReadOnlyList<Objective?> objectives, RollupSettings defaultRollup, PathNode root, FailureSink sink)
    {
        this.objectives = objectives;
        this.defaultRollup = defaultRollup;
        this.root = root;
        this.sink = sink;
    }

    public static void Run(IReadOnlyList<Objective?> objectives, RollupSettings defaultRollup, PathNode root, FailureSink sink) =>
        new PlanRules(objectives, defaultRollup, root, sink).Run();

    private void Run()
    {
        objectiveNode = new int[objectives.Count];
        for (int o = 0; o < objectives.Count; o++)
        {
            var objective = objectives[o];
            if (objective is null)
            {
                objectiveNode[o] = -1;
                sink.Report(OkrRules.ItemNull, root, $"Objectives[{o.ToString(CultureInfo.InvariantCulture)}]", $"Objective {o.ToString(CultureInfo.InvariantCulture)} is missing (null).", null, OkrItemKind.Objective);
                continue;
            }

            ItemRules.Objective(objective, ObjectivePath(o), sink);
            Index(objective, o);
        }

        var childObjectives = new List<Objective>?[nodes.Count];
        var cascadeChildren = new int[nodes.Count];
        var alignParents = new int[nodes.Count * 2];
        Array.Fill(alignParents, -1);
        var dependencies = new int[nodes.Count][];

        for (int n = 0; n < nodes.Count; n++)
        {
            var node = nodes[n];
            switch (node.Kind)
            {
                case OkrItemKind.Objective:
                    Alignment(n, node, childObjectives, alignParents);
                    break;
                case OkrItemKind.KeyResult:
                    alignParents[2 * n] = objectiveNode[node.O];
                    Cascade(n, node, cascadeChildren, alignParents);
                    break;
                case OkrItemKind.WorkItem:
                    dependencies[n] = Dependencies(node);
                    break;
            }
        }

        for (int n = 0; n < nodes.Count; n++)
        {
            var node = nodes[n];
            if (node.Kind == OkrItemKind.Objective)
            {
                var objective = objectives[node.O]!;
                ItemRules.ObjectiveChildren(objective, childObjectives[n], objective.Rollup ?? defaultRollup, PathOf(node), sink);
            }
            else if (node.Kind == OkrItemKind.KeyResult && cascadeChildren[n] == 0 && KeyResultAt(node).Kind is CascadedSumKind)
            {
                sink.Report(OkrRules.NoContributingChild, PathOf(node), null, $"{KindRules.Who(node.Id)} is a cascaded sum, but no key result cascades into it, so it is not scored.", node.Id, OkrItemKind.KeyResult);
            }
        }

        AlignmentCycles(alignParents);
        DependencyCycles(dependencies);
    }

    private void Index(Objective objective, int o)
    {
        objectiveNode[o] = Add(objective.Id, OkrItemKind.Objective, o, -1, -1, -1);
        if (objective.KeyResults.IsDefault)
        {
            return;
        }

        for (int k = 0; k < objective.KeyResults.Length; k++)
        {
            var keyResult = objective.KeyResults[k];
            if (keyResult is null)
            {
                continue;
            }

            Add(keyResult.Id, OkrItemKind.KeyResult, o, k, -1, -1);
            if (keyResult.Initiatives.IsDefault)
            {
                continue;
            }

            for (int i = 0; i < keyResult.Initiatives.Length; i++)
            {
                var initiative = keyResult.Initiatives[i];
                if (initiative is null)
                {
                    continue;
                }

                Add(initiative.Id, OkrItemKind.Initiative, o, k, i, -1);
                if (initiative.WorkItems.IsDefault)
                {
                    continue;
                }

                for (int w = 0; w < initiative.WorkItems.Length; w++)
                {
                    if (initiative.WorkItems[w] is { } item)
                    {
                        Add(item.Id, OkrItemKind.WorkItem, o, k, i, w);
                    }
                }
            }
        }
    }

    private int Add(string? id, OkrItemKind kind, int o, int k, int i, int w)
    {
        var node = new Node(id, kind, o, k, i, w);
        int n = nodes.Count;
        nodes.Add(node);
        if (!string.IsNullOrWhiteSpace(id) && !nodeOf.TryAdd(id, n))
        {
            var first = nodes[nodeOf[id]];
            sink.Report(
                OkrRules.IdDuplicate,
                PathOf(node),
                "Id",
                $"The id '{id}' of this {Noun(kind)} is already used by the {Noun(first.Kind)} at {PathOf(first).Build()}; ids must be unique across the whole plan.",
                id,
                kind,
                id,
                [id]);
        }

        return n;
    }

    private void Alignment(int n, Node node, List<Objective>?[] childObjectives, int[] alignParents)
    {
        var objective = objectives[node.O]!;
        var alignment = objective.Alignment;
        if (alignment.Kind == AlignmentKind.None || alignment.TargetId is not { } targetId)
        {
            return;
        }

        var wanted = alignment.Kind == AlignmentKind.Objective ? OkrItemKind.Objective : OkrItemKind.KeyResult;
        if (!nodeOf.TryGetValue(targetId, out int target) || nodes[target].Kind != wanted)
        {
            sink.Report(OkrRules.ReferenceDangling, PathOf(node), "Alignment", $"{KindRules.Who(node.Id, OkrItemKind.Objective)} is aligned to '{targetId}', but the plan has no {Noun(wanted)} with that id.", node.Id, OkrItemKind.Objective, targetId, [targetId]);
            return;
        }

        alignParents[2 * n] = target;
        var parentObjective = objectives[nodes[target].O]!;
        if (!parentObjective.Period.Contains(objective.Period))
        {
            sink.Report(OkrRules.PeriodOutsideParent, PathOf(node), "Period", $"{KindRules.Who(node.Id, OkrItemKind.Objective)} covers {objective.Period}, which does not lie within {parentObjective.Period}, the period of its parent '{targetId}'.", node.Id, OkrItemKind.Objective, objective.Period, [targetId]);
        }

        if (wanted == OkrItemKind.Objective)
        {
            (childObjectives[target] ??= []).Add(objective);
        }
    }

    private void Cascade(int n, Node node, int[] cascadeChildren, int[] alignParents)
    {
        var keyResult = KeyResultAt(node);
        if (keyResult.ParentKeyResultId is not { } parentId)
        {
            return;
        }

        if (!nodeOf.TryGetValue(parentId, out int parent) || nodes[parent].Kind != OkrItemKind.KeyResult)
        {
            sink.Report(OkrRules.ReferenceDangling, PathOf(node), "ParentKeyResultId", $"{KindRules.Who(node.Id)} cascades into '{parentId}', but the plan has no key result with that id.", node.Id, OkrItemKind.KeyResult, parentId, [parentId]);
            return;
        }

        alignParents[(2 * n) + 1] = parent;
        cascadeChildren[parent]++;
        var parentKind = KeyResultAt(nodes[parent]).Kind;
        if (parentKind is CascadedSumKind)
        {
            if (keyResult.Kind is { } kind && kind.Unit != parentKind.Unit)
            {
                sink.Report(OkrRules.CascadeUnitMismatch, PathOf(node), "ParentKeyResultId", $"{KindRules.Who(node.Id)} is measured in {kind.Unit} but cascades into '{parentId}', a sum in {parentKind.Unit}.", node.Id, OkrItemKind.KeyResult, parentId, [parentId]);
            }
        }
        else if (parentKind is not null)
        {
            sink.Report(OkrRules.CascadeParentNotSum, PathOf(node), "ParentKeyResultId", $"{KindRules.Who(node.Id)} cascades into '{parentId}', a {parentKind.Discriminator} key result that does not add up its children; the cascade is ignored.", node.Id, OkrItemKind.KeyResult, parentId, [parentId]);
        }
    }

    private int[] Dependencies(Node node)
    {
        var item = WorkItemAt(node);
        if (item.DependsOn.IsDefaultOrEmpty)
        {
            return [];
        }

        var resolved = new int[item.DependsOn.Length];
        for (int d = 0; d < resolved.Length; d++)
        {
            string? dependency = item.DependsOn[d];
            if (dependency is not null && nodeOf.TryGetValue(dependency, out int target) && nodes[target].Kind == OkrItemKind.WorkItem)
            {
                resolved[d] = target;
            }
            else
            {
                resolved[d] = -1;
                sink.Report(OkrRules.ReferenceDangling, PathOf(node), $"DependsOn[{d.ToString(CultureInfo.InvariantCulture)}]", $"{KindRules.Who(node.Id, OkrItemKind.WorkItem)} depends on '{dependency}', but the plan has no work item with that id.", node.Id, OkrItemKind.WorkItem, dependency, dependency is null ? [] : [dependency]);
            }
        }

        return resolved;
    }

    private void AlignmentCycles(int[] alignParents)
    {
        CycleFinder.Find(
            nodes.Count,
            _ => 2,
            (n, e) => alignParents[(2 * n) + e],
            (n, e, cycle) =>
            {
                var node = nodes[n];
                string? member = node.Kind == OkrItemKind.Objective ? "Alignment" : e == 1 ? "ParentKeyResultId" : null;
                var ids = Names(cycle);
                sink.Report(OkrRules.AlignmentCycle, PathOf(node), member, $"Alignment forms a cycle: {string.Join(" -> ", ids)}. Objectives and key results must form a forest.", node.Id, node.Kind, null, ids);
            });
    }

    private void DependencyCycles(int[]?[] dependencies)
    {
        CycleFinder.Find(
            nodes.Count,
            n => dependencies[n]?.Length ?? 0,
            (n, e) => dependencies[n]![e],
            (n, e, cycle) =>
            {
                var node = nodes[n];
                var ids = Names(cycle);
                sink.Report(OkrRules.DependencyCycle, PathOf(node), $"DependsOn[{e.ToString(CultureInfo.InvariantCulture)}]", $"Work item dependencies form a cycle: {string.Join(" -> ", ids)}. None of these can start.", node.Id, OkrItemKind.WorkItem, null, ids);
            });
    }

    private ImmutableArray<string> Names(List<int> cycle)
    {
        var ids = ImmutableArray.CreateBuilder<string>(cycle.Count + 1);
        foreach (int n in cycle)
        {
            ids.Add(nodes[n].Id ?? "?");
        }

        ids.Add(nodes[cycle[0]].Id ?? "?");
        return ids.MoveToImmutable();
    }

    private KeyResult KeyResultAt(Node node) => objectives[node.O]!.KeyResults[node.K];

    private WorkItem WorkItemAt(Node node) => KeyResultAt(node).Initiatives[node.I].WorkItems[node.W];

    private PathNode ObjectivePath(int o) => root.Child("Objectives", o);

    private PathNode PathOf(Node node)
    {
        var path = ObjectivePath(node.O);
        if (node.K >= 0)
        {
            path = path.Child("KeyResults", node.K);
        }

        if (node.I >= 0)
        {
            path = path.Child("Initiatives", node.I);
        }

        if (node.W >= 0)
        {
            path = path.Child("WorkItems", node.W);
        }

        return path;
    }

    private static string Noun(OkrItemKind kind) => kind switch
    {
        OkrItemKind.Objective => "objective",
        OkrItemKind.KeyResult => "key result",
        OkrItemKind.Initiative => "initiative",
        _ => "work item",
    };

    private readonly record struct Node(string? Id, OkrItemKind Kind, int O, int K, int I, int W);
}
