using Okr.Core.Scoring;

namespace Okr.Core.Internal;

/// <summary>
/// A plan's work items and initiatives compiled into flat arrays for the full scoring pass: what their results depend
/// on, without the records (which are 100 to 200 bytes each and scattered over the heap). Built once per plan, lazily,
/// and shared by every day it is scored as of and by every plan version that keeps the same work (a check-in replaces a
/// key result but keeps its initiatives). About 11 bytes per work item and 5 per initiative.
/// </summary>
/// <remarks>The arrays are in plan order (objective, key result, initiative, work item), which is the order of the
/// scoring walk. Nothing here depends on the day or on the scoring configuration.</remarks>
internal sealed class ScoringTables
{
    /// <summary>The value of <see cref="RatioOf"/> for a work item whose percentage is not in <see cref="Ratios"/>.</summary>
    public const ushort RatioNotTabled = ushort.MaxValue;

    /// <summary>The numbers per objective in <see cref="ObjectiveStarts"/>.</summary>
    public const int Starts = 4;

    private ScoringTables(byte[] state, int[] doneFrom, int[] due, ushort[] ratioOf, decimal[] ratios, int[] periodOf, Period[] periods, bool[] feedsActivity, int[] objectiveOrder, int[] objectiveStarts)
    {
        State = state;
        DoneFrom = doneFrom;
        Due = due;
        RatioOf = ratioOf;
        Ratios = ratios;
        PeriodOf = periodOf;
        Periods = periods;
        FeedsActivity = feedsActivity;
        ObjectiveOrder = objectiveOrder;
        ObjectiveStarts = objectiveStarts;
    }

    /// <summary>Each work item's <see cref="WorkItemState"/>.</summary>
    public byte[] State { get; }

    /// <summary>Each work item's first day of being done (its completion day, or <see cref="int.MinValue"/> when done
    /// without one); <see cref="int.MaxValue"/> when not done. Done as of a day when the day number is at least this.</summary>
    public int[] DoneFrom { get; }

    /// <summary>Each work item's due day number; <see cref="int.MaxValue"/> when none.</summary>
    public int[] Due { get; }

    /// <summary>Each work item's position in <see cref="Ratios"/>: its percent complete (0 when unknown) / 100;
    /// <see cref="RatioNotTabled"/> when the table is full (then the record is read).</summary>
    public ushort[] RatioOf { get; }

    /// <summary>The distinct percentages / 100, computed once with the same decimal division as
    /// <see cref="WorkItem.CompletionAsOf"/>.</summary>
    public decimal[] Ratios { get; }

    /// <summary>Each initiative's position in <see cref="Periods"/>: its own dates when both are set and in order,
    /// otherwise its objective's period.</summary>
    public int[] PeriodOf { get; }

    /// <summary>The distinct periods of the initiatives.</summary>
    public Period[] Periods { get; }

    /// <summary>Whether each initiative's work items count for an activity key result: it contributes with a weight
    /// other than zero.</summary>
    public bool[] FeedsActivity { get; }

    /// <summary>The objectives' positions, every objective after the objectives aligned to it (a post-order of the
    /// alignment forest): walking in this order, an objective's aligned children are computed just before it.</summary>
    public int[] ObjectiveOrder { get; }

    /// <summary>Where each objective's part of the walk starts, four numbers per objective: its node, its first
    /// initiative's position, its first work item's position and its first key result's position (in plan order).</summary>
    public int[] ObjectiveStarts { get; }

    /// <summary>Objective <paramref name="o"/>'s node (from <see cref="ObjectiveStarts"/>).</summary>
    public int ObjectiveNode(int o) => ObjectiveStarts[Starts * o];

    /// <summary>The position of objective <paramref name="o"/>'s first initiative (from <see cref="ObjectiveStarts"/>).</summary>
    public int FirstInitiative(int o) => ObjectiveStarts[(Starts * o) + 1];

    /// <summary>The position of objective <paramref name="o"/>'s first work item (from <see cref="ObjectiveStarts"/>).</summary>
    public int FirstWorkItem(int o) => ObjectiveStarts[(Starts * o) + 2];

    /// <summary>The position of objective <paramref name="o"/>'s first key result (from <see cref="ObjectiveStarts"/>).</summary>
    public int FirstKeyResult(int o) => ObjectiveStarts[(Starts * o) + 3];

    /// <summary>Compiles a plan's work items and initiatives.</summary>
    public static ScoringTables Build(ImmutableArray<Objective> objectives, PlanIndex index)
    {
        int workItemCount = index.CountOf(OkrItemKind.WorkItem);
        int initiativeCount = index.CountOf(OkrItemKind.Initiative);
        var state = new byte[workItemCount];
        var doneFrom = new int[workItemCount];
        var due = new int[workItemCount];
        var ratioOf = new ushort[workItemCount];
        var periodOf = new int[initiativeCount];
        var feedsActivity = new bool[initiativeCount];
        var ratios = new DistinctDecimals(RatioNotTabled);
        var periods = new List<Period>();
        var periodPosition = new Dictionary<Period, int>();
        var lastPeriod = default(Period);
        int lastPeriodPosition = -1;
        var objectiveStarts = new int[objectives.Length * Starts];
        int w = 0;
        int i = 0;
        int k = 0;
        int node = 0;
        for (int o = 0; o < objectives.Length; o++)
        {
            var objective = objectives[o];
            objectiveStarts[Starts * o] = node;
            objectiveStarts[(Starts * o) + 1] = i;
            objectiveStarts[(Starts * o) + 2] = w;
            objectiveStarts[(Starts * o) + 3] = k;
            k += objective.KeyResults.Length;
            node++;
            foreach (var keyResult in objective.KeyResults)
            {
                node++;
                foreach (var initiative in keyResult.Initiatives)
                {
                    node += 1 + initiative.WorkItems.Length;
                    var period = Scoring.Rules.InitiativeRules.PeriodOf(initiative, objective.Period);
                    int p = lastPeriodPosition;
                    if (p < 0 || period != lastPeriod)
                    {
                        if (!periodPosition.TryGetValue(period, out p))
                        {
                            p = periods.Count;
                            periods.Add(period);
                            periodPosition.Add(period, p);
                        }

                        (lastPeriod, lastPeriodPosition) = (period, p);
                    }

                    feedsActivity[i] = initiative.Contributes && !initiative.Weight.IsZero;
                    periodOf[i++] = p;
                    foreach (var item in initiative.WorkItems)
                    {
                        state[w] = (byte)item.State;
                        doneFrom[w] = Scoring.Rules.WorkItemRules.DoneFrom(item.State, item.CompletedOn);
                        due[w] = item.Due?.DayNumber ?? int.MaxValue;
                        decimal percent = item.PercentComplete ?? 0m;
                        int r = ratios.PositionOf(percent, static p => Scoring.Rules.WorkItemRules.Ratio(p));
                        ratioOf[w++] = r < 0 ? RatioNotTabled : (ushort)r;
                    }
                }
            }
        }

        return new ScoringTables(state, doneFrom, due, ratioOf, ratios.ToArray(), periodOf, [.. periods], feedsActivity, WalkOrder(objectives.Length, objectiveStarts, index), objectiveStarts);
    }

    /// <summary>The objectives with each one after those aligned to it. Plans usually list an objective after the one it
    /// aligns to: then reverse plan order is such an order, and the walk reads the compiled tables as backward streams
    /// (which the processor prefetches). Otherwise a post-order of the alignment forest.</summary>
    private static int[] WalkOrder(int count, int[] objectiveStarts, PlanIndex index)
    {
        for (int o = 0; o < count; o++)
        {
            foreach (int child in index.ChildrenOf(objectiveStarts[Starts * o]))
            {
                if (index.KindOf(child) == OkrItemKind.Objective && index.LocationOf(child).Objective < o)
                {
                    return PostOrder(count, objectiveStarts, index);
                }
            }
        }

        var order = new int[count];
        for (int o = 0; o < count; o++)
        {
            order[o] = count - 1 - o;
        }

        return order;
    }

    /// <summary>The objectives with each one after those aligned to it, without recursion.</summary>
    private static int[] PostOrder(int count, int[] objectiveStarts, PlanIndex index)
    {
        var order = new int[count];
        int written = 0;
        var stack = new Stack<(int Objective, bool Expanded)>();
        for (int root = 0; root < count; root++)
        {
            if (HasObjectiveParent(objectiveStarts[Starts * root], index))
            {
                continue;
            }

            stack.Push((root, false));
            while (stack.Count > 0)
            {
                var (objective, expanded) = stack.Pop();
                if (expanded)
                {
                    order[written++] = objective;
                    continue;
                }

                stack.Push((objective, true));
                var children = index.ChildrenOf(objectiveStarts[Starts * objective]);
                for (int c = children.Length - 1; c >= 0; c--)
                {
                    var location = index.LocationOf(children[c]);
                    if (location.Kind == OkrItemKind.Objective)
                    {
                        stack.Push((location.Objective, false));
                    }
                }
            }
        }

        return order;
    }

    private static bool HasObjectiveParent(int node, PlanIndex index)
    {
        foreach (int parent in index.ParentsOf(node))
        {
            if (index.KindOf(parent) == OkrItemKind.Objective)
            {
                return true;
            }
        }

        return false;
    }
}
