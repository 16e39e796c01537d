namespace Okr.Core.Scheduling;

/// <summary>The critical-path computation behind <see cref="Schedule.Build(IEnumerable{Initiative})"/>: iterative, O(tasks + links).</summary>
internal static class ScheduleCalculator
{
    public static Schedule Calculate(List<Initiative> initiatives)
    {
        var unscheduled = ImmutableArray.CreateBuilder<UnscheduledWorkItem>();
        var nodes = Collect(initiatives, unscheduled, out var byId);
        var order = Order(nodes, byId, out var successors);
        ForwardPass(nodes, order);
        var scheduled = order.Where(n => nodes[n].Skip is null).ToList();
        int projectFinish = scheduled.Count == 0 ? 0 : scheduled.Max(n => nodes[n].EarlyFinish);
        BackwardPass(nodes, successors, scheduled, projectFinish);
        var critical = CriticalPath(nodes, scheduled, projectFinish);
        var tasks = ScheduledItems(nodes, critical.ToHashSet(), unscheduled);
        return new Schedule
        {
            WorkItems = tasks.ToImmutable(),
            Initiatives = InitiativeSpans(initiatives, tasks),
            CriticalPath = [.. critical.Select(n => nodes[n].Item.Id)],
            Unscheduled = unscheduled.ToImmutable(),
        };
    }

    /// <summary>One node per work item that counts, in plan order; cancelled items and repeated ids are unscheduled.</summary>
    private static List<Node> Collect(List<Initiative> initiatives, ImmutableArray<UnscheduledWorkItem>.Builder unscheduled, out Dictionary<string, int> byId)
    {
        var nodes = new List<Node>();
        byId = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var initiative in initiatives)
        {
            foreach (var item in initiative.WorkItems)
            {
                if (!item.Counts)
                {
                    unscheduled.Add(new UnscheduledWorkItem(item.Id, "cancelled"));
                    continue;
                }

                if (byId.ContainsKey(item.Id))
                {
                    unscheduled.Add(new UnscheduledWorkItem(item.Id, "the id appears twice"));
                    continue;
                }

                byId[item.Id] = nodes.Count;
                nodes.Add(new Node(item, initiative));
            }
        }

        return nodes;
    }

    /// <summary>Links the dependencies among the nodes present and orders them (Kahn's algorithm); nodes left over are in
    /// a dependency cycle and are marked so.</summary>
    private static List<int> Order(List<Node> nodes, Dictionary<string, int> byId, out List<int>[] successors)
    {
        successors = new List<int>[nodes.Count];
        var indegree = new int[nodes.Count];
        for (int n = 0; n < nodes.Count; n++)
        {
            successors[n] = [];
        }

        for (int n = 0; n < nodes.Count; n++)
        {
            foreach (var dep in nodes[n].Item.DependsOn.Distinct(StringComparer.Ordinal))
            {
                if (byId.TryGetValue(dep, out int d) && d != n)
                {
                    nodes[n].Predecessors.Add(d);
                    successors[d].Add(n);
                    indegree[n]++;
                }
            }
        }

        var queue = new Queue<int>();
        for (int n = 0; n < nodes.Count; n++)
        {
            if (indegree[n] == 0)
            {
                queue.Enqueue(n);
            }
        }

        var order = new List<int>(nodes.Count);
        while (queue.Count > 0)
        {
            int n = queue.Dequeue();
            order.Add(n);
            foreach (int s in successors[n])
            {
                if (--indegree[s] == 0)
                {
                    queue.Enqueue(s);
                }
            }
        }

        for (int n = 0; n < nodes.Count; n++)
        {
            if (indegree[n] > 0)
            {
                nodes[n].Skip = "in a dependency cycle";
            }
        }

        return order;
    }

    /// <summary>Earliest start and finish of every node, in topological order: its planned start (or due day) and the day
    /// after its scheduled predecessors finish, whichever is later.</summary>
    private static void ForwardPass(List<Node> nodes, List<int> order)
    {
        foreach (int n in order)
        {
            var node = nodes[n];
            var item = node.Item;
            int duration = item.Start is { } s0 && item.Due is { } d0 && d0 >= s0 ? d0.DayNumber - s0.DayNumber + 1 : 1;
            int? earliest = null;
            foreach (int p in node.Predecessors)
            {
                if (nodes[p].Skip is null)
                {
                    earliest = Math.Max(earliest ?? int.MinValue, nodes[p].EarlyFinish + 1);
                }
            }

            int? planned = item.Start?.DayNumber ?? item.Due?.DayNumber;
            if (planned is null && earliest is null)
            {
                node.Skip = "no start or due day, and no scheduled dependency";
                continue;
            }

            node.EarlyStart = Math.Max(planned ?? int.MinValue, earliest ?? int.MinValue);
            node.EarlyFinish = node.EarlyStart + duration - 1;
        }
    }

    /// <summary>Latest start of every scheduled node, in reverse topological order.</summary>
    private static void BackwardPass(List<Node> nodes, List<int>[] successors, List<int> scheduled, int projectFinish)
    {
        for (int i = scheduled.Count - 1; i >= 0; i--)
        {
            var node = nodes[scheduled[i]];
            int lateFinish = projectFinish;
            foreach (int s in successors[scheduled[i]])
            {
                if (nodes[s].Skip is null)
                {
                    lateFinish = Math.Min(lateFinish, nodes[s].LateStart - 1);
                }
            }

            node.LateStart = lateFinish - (node.EarlyFinish - node.EarlyStart);
        }
    }

    /// <summary>From the last-finishing zero-slack task back through zero-slack predecessors that finish the day before it
    /// starts; first task first.</summary>
    private static List<int> CriticalPath(List<Node> nodes, List<int> scheduled, int projectFinish)
    {
        var critical = new List<int>();
        int? current = scheduled.Where(n => nodes[n].EarlyFinish == projectFinish && nodes[n].Slack == 0).Cast<int?>().FirstOrDefault();
        while (current is { } c)
        {
            critical.Add(c);
            current = nodes[c].Predecessors
                .Where(p => nodes[p].Skip is null && nodes[p].Slack == 0 && nodes[p].EarlyFinish + 1 == nodes[c].EarlyStart)
                .Cast<int?>().FirstOrDefault();
        }

        critical.Reverse();
        return critical;
    }

    /// <summary>The scheduled work items in plan order; the skipped ones go to <paramref name="unscheduled"/> with their reason.</summary>
    private static ImmutableArray<ScheduledWorkItem>.Builder ScheduledItems(List<Node> nodes, HashSet<int> critical, ImmutableArray<UnscheduledWorkItem>.Builder unscheduled)
    {
        var tasks = ImmutableArray.CreateBuilder<ScheduledWorkItem>();
        for (int n = 0; n < nodes.Count; n++)
        {
            var node = nodes[n];
            if (node.Skip is { } reason)
            {
                unscheduled.Add(new UnscheduledWorkItem(node.Item.Id, reason));
                continue;
            }

            tasks.Add(new ScheduledWorkItem(node.Item.Id, node.Item.Title, node.Initiative.Id, DateOnly.FromDayNumber(node.EarlyStart),
                DateOnly.FromDayNumber(node.EarlyFinish), Progress(node.Item), node.Item.State, node.Slack, critical.Contains(n),
                [.. node.Predecessors.Where(p => nodes[p].Skip is null).Select(p => nodes[p].Item.Id)]));
        }

        return tasks;
    }

    /// <summary>Each initiative's span: from its scheduled work items, otherwise from its own start and due days.</summary>
    private static ImmutableArray<ScheduledInitiative> InitiativeSpans(List<Initiative> initiatives, ImmutableArray<ScheduledWorkItem>.Builder tasks)
    {
        var initiativeSpans = ImmutableArray.CreateBuilder<ScheduledInitiative>();
        foreach (var initiative in initiatives)
        {
            var own = tasks.Where(t => t.InitiativeId == initiative.Id).ToList();
            if (own.Count > 0)
            {
                initiativeSpans.Add(new ScheduledInitiative(initiative.Id, initiative.Title, own.Min(t => t.Start), own.Max(t => t.Finish),
                    own.Average(t => t.Progress)));
            }
            else if ((initiative.Start ?? initiative.Due) is { } start)
            {
                var finish = initiative.Due is { } due && due >= start ? due : start;
                initiativeSpans.Add(new ScheduledInitiative(initiative.Id, initiative.Title, start, finish, (initiative.PercentComplete ?? 0m) / 100m));
            }
        }

        return initiativeSpans.ToImmutable();
    }

    private static decimal Progress(WorkItem item) => item.State == WorkItemState.Done ? 1m : (item.PercentComplete ?? 0m) / 100m;

    private sealed class Node(WorkItem item, Initiative initiative)
    {
        public WorkItem Item { get; } = item;

        public Initiative Initiative { get; } = initiative;

        public List<int> Predecessors { get; } = [];

        public string? Skip { get; set; }

        public int EarlyStart { get; set; }

        public int EarlyFinish { get; set; }

        public int LateStart { get; set; }

        public int Slack => LateStart - EarlyStart;
    }
}
