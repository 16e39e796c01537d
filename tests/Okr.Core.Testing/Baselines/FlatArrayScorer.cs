namespace Okr.Core.Testing.Baselines;

/// <summary>
/// Baseline (a) of the scoring benchmark, "the practical speed limit": a plan's inputs copied once into flat arrays
/// (one array per field and per item kind, children as index ranges) and a hand-written loop that computes every
/// item's progress with the same rules and the same decimal arithmetic as the library's default strategies.
/// It computes progress only (no status, confidence, score or explanation) and supports only what
/// <see cref="CompanyPlanGenerator"/> produces: multiplier weights, no overrides, the kinds linear, percentage,
/// threshold, binary, milestones and activity (done share), objectives with the default roll-up settings.
/// </summary>
public sealed class FlatArrayScorer
{
    private const byte Linear = 0, Percentage = 1, Threshold = 2, Binary = 3, Milestones = 4, Activity = 5;

    // Work items, in plan order.
    private readonly WorkItemState[] wiState;
    private readonly decimal[] wiPercent;
    private readonly int[] wiCompletedDay; // DayNumber, or -1 when no completion day

    // Initiatives: work items [wiStart[i], wiStart[i + 1]).
    private readonly int[] wiStart;
    private readonly decimal[] initPercent;
    private readonly bool[] initHasPercent;
    private readonly bool[] initFeedsActivity;

    // Key results: initiatives [initStart[k], initStart[k + 1]), check-ins [ciStart[k], ciStart[k + 1]), milestone weights likewise.
    private readonly byte[] krKind;
    private readonly decimal[] krStart;
    private readonly decimal[] krTarget;
    private readonly bool[] krAbove;
    private readonly bool[] krOnPasses;
    private readonly int[] initStart;
    private readonly int[] ciStart;
    private readonly int[] ciDay;
    private readonly long[] ciUtcTicks;
    private readonly decimal[] ciValue;
    private readonly int[] msStart;
    private readonly decimal[] msWeight;
    private readonly decimal[] krWeight; // 0 when the key result does not count

    // Objectives: key results [krStart[o], krStart[o + 1]), aligned child objectives [childStart[o], childStart[o + 1]).
    private readonly int[] objKrStart;
    private readonly int[] childStart;
    private readonly int[] children;
    private readonly decimal[] objWeight; // 0 when the objective does not count
    private readonly int[] objOrder; // children before parents

    private FlatArrayScorer(OkrPlan plan)
    {
        var objectives = plan.Objectives;
        var keyResults = plan.KeyResults.ToArray();
        var initiatives = plan.Initiatives.ToArray();
        var workItems = plan.WorkItems.ToArray();

        wiState = workItems.Select(w => w.State).ToArray();
        wiPercent = workItems.Select(w => w.PercentComplete ?? 0m).ToArray();
        wiCompletedDay = workItems.Select(w => w.CompletedOn?.DayNumber ?? -1).ToArray();

        wiStart = Starts(initiatives.Select(i => i.WorkItems.Length));
        initPercent = initiatives.Select(i => i.PercentComplete ?? 0m).ToArray();
        initHasPercent = initiatives.Select(i => i.PercentComplete.HasValue).ToArray();
        initFeedsActivity = initiatives.Select(i => i.Contributes && !i.Weight.IsZero).ToArray();

        krKind = new byte[keyResults.Length];
        krStart = new decimal[keyResults.Length];
        krTarget = new decimal[keyResults.Length];
        krAbove = new bool[keyResults.Length];
        krOnPasses = new bool[keyResults.Length];
        var weights = new List<decimal>();
        for (int k = 0; k < keyResults.Length; k++)
        {
            switch (keyResults[k].Kind)
            {
                case LinearKind l:
                    (krKind[k], krStart[k], krTarget[k]) = (Linear, l.Start, l.Target);
                    if (l.Start == l.Target)
                    {
                        throw new NotSupportedException("The flat baseline does not support start == target.");
                    }

                    break;
                case PercentageKind:
                    krKind[k] = Percentage;
                    break;
                case ThresholdKind t:
                    (krKind[k], krTarget[k], krAbove[k], krOnPasses[k]) = (Threshold, t.Threshold, t.Direction == ThresholdDirection.StayAbove, t.Boundary == ThresholdBoundary.OnThresholdPasses);
                    break;
                case BinaryKind:
                    krKind[k] = Binary;
                    break;
                case MilestonesKind m:
                    krKind[k] = Milestones;
                    break;
                case ActivityKind { Method: ActivityMethod.DoneShare }:
                    krKind[k] = Activity;
                    break;
                default:
                    throw new NotSupportedException($"The flat baseline does not support {keyResults[k].Kind}.");
            }

            if (keyResults[k].ProgressOverride is not null || keyResults[k].ProgressStrategy is not null || keyResults[k].Weight.IsFixedShare)
            {
                throw new NotSupportedException("The flat baseline supports neither overrides, custom strategies nor fixed shares.");
            }
        }

        msStart = Starts(keyResults.Select(k => k.Kind is MilestonesKind m ? m.Milestones.Length : 0));
        msWeight = keyResults.SelectMany(k => k.Kind is MilestonesKind m ? m.Milestones.Select(x => x.Weight) : []).ToArray();
        initStart = Starts(keyResults.Select(k => k.Initiatives.Length));
        ciStart = Starts(keyResults.Select(k => k.CheckIns.Length));
        var checkIns = keyResults.SelectMany(k => k.CheckIns).ToArray();
        ciDay = checkIns.Select(c => c.Day.DayNumber).ToArray();
        ciUtcTicks = checkIns.Select(c => c.At.UtcTicks).ToArray();
        ciValue = checkIns.Select(c => c.Value).ToArray();
        krWeight = keyResults.Select(k => k.Contributes ? k.Weight.Multiplier : 0m).ToArray();

        objKrStart = Starts(objectives.Select(o => o.KeyResults.Length));
        objWeight = objectives.Select(o => o.Contributes && !o.Weight.IsFixedShare ? o.Weight.Multiplier : 0m).ToArray();
        var position = new Dictionary<string, int>();
        for (int o = 0; o < objectives.Length; o++)
        {
            position.Add(objectives[o].Id, o);
            if (objectives[o].Rollup is not null || objectives[o].ProgressOverride is not null || objectives[o].Scale is not null || objectives[o].Weight.IsFixedShare)
            {
                throw new NotSupportedException("The flat baseline supports neither roll-up settings, overrides, scales nor fixed shares.");
            }
        }

        var childLists = objectives.Select(_ => new List<int>()).ToArray();
        var parentOf = new int[objectives.Length];
        for (int o = 0; o < objectives.Length; o++)
        {
            parentOf[o] = objectives[o].Alignment.Kind == AlignmentKind.Objective ? position[objectives[o].Alignment.TargetId!] : -1;
            if (parentOf[o] >= 0)
            {
                childLists[parentOf[o]].Add(o);
            }
        }

        childStart = Starts(childLists.Select(l => l.Count));
        children = childLists.SelectMany(l => l).ToArray();

        // Children before parents: a post-order from every root, without recursion.
        var order = new List<int>(objectives.Length);
        var stack = new Stack<(int Node, bool Expanded)>();
        for (int o = 0; o < objectives.Length; o++)
        {
            if (parentOf[o] >= 0)
            {
                continue;
            }

            stack.Push((o, false));
            while (stack.Count > 0)
            {
                var (node, expanded) = stack.Pop();
                if (expanded)
                {
                    order.Add(node);
                    continue;
                }

                stack.Push((node, true));
                for (int c = childStart[node]; c < childStart[node + 1]; c++)
                {
                    stack.Push((children[c], false));
                }
            }
        }

        objOrder = order.ToArray();
        WorkItemProgress = new decimal?[workItems.Length];
        InitiativeProgress = new decimal?[initiatives.Length];
        KeyResultProgress = new decimal?[keyResults.Length];
        ObjectiveProgress = new decimal?[objectives.Length];
    }

    /// <summary>Each work item's progress after <see cref="Score"/>, in plan order; null when not scored.</summary>
    public decimal?[] WorkItemProgress { get; }

    /// <summary>Each initiative's progress, in plan order.</summary>
    public decimal?[] InitiativeProgress { get; }

    /// <summary>Each key result's progress, in plan order.</summary>
    public decimal?[] KeyResultProgress { get; }

    /// <summary>Each objective's progress, in plan order.</summary>
    public decimal?[] ObjectiveProgress { get; }

    /// <summary>Copies the plan's inputs into flat arrays (not timed by the benchmark).</summary>
    /// <param name="plan">A plan as <see cref="CompanyPlanGenerator"/> makes them.</param>
    /// <returns>The compiled scorer.</returns>
    public static FlatArrayScorer Compile(OkrPlan plan) => new(plan);

    /// <summary>Computes every item's progress as of the end of <paramref name="asOf"/> into the progress arrays.</summary>
    /// <param name="asOf">The day.</param>
    public void Score(DateOnly asOf)
    {
        int today = asOf.DayNumber;
        var wiProgress = WorkItemProgress;
        for (int w = 0; w < wiProgress.Length; w++)
        {
            var state = wiState[w];
            wiProgress[w] = state == WorkItemState.Cancelled ? null
                : state == WorkItemState.Done ? (wiCompletedDay[w] <= today ? 1m : 0m)
                : wiPercent[w] / 100m;
        }

        var initProgress = InitiativeProgress;
        for (int i = 0; i < initProgress.Length; i++)
        {
            decimal sum = 0m;
            int counting = 0;
            for (int w = wiStart[i]; w < wiStart[i + 1]; w++)
            {
                if (wiProgress[w] is { } p)
                {
                    sum += p;
                    counting++;
                }
            }

            initProgress[i] = counting > 0 ? sum / counting : initHasPercent[i] ? initPercent[i] / 100m : null;
        }

        var krProgress = KeyResultProgress;
        for (int k = 0; k < krProgress.Length; k++)
        {
            int latest = -1;
            for (int c = ciStart[k]; c < ciStart[k + 1]; c++)
            {
                if (ciDay[c] <= today && (latest < 0 || ciUtcTicks[c] >= ciUtcTicks[latest]))
                {
                    latest = c;
                }
            }

            krProgress[k] = krKind[k] switch
            {
                Linear => latest < 0 ? null : (ciValue[latest] - krStart[k]) / (krTarget[k] - krStart[k]),
                Percentage => latest < 0 ? null : ciValue[latest] / 100m,
                Threshold => latest < 0 ? null : Passes(krAbove[k], krOnPasses[k], krTarget[k], ciValue[latest]) ? 1m : 0m,
                Binary => latest >= 0 && ciValue[latest] != 0m ? 1m : 0m,
                Milestones => MilestoneProgress(k, latest),
                _ => DoneShare(k, today),
            };
        }

        var objProgress = ObjectiveProgress;
        foreach (int o in objOrder)
        {
            // Weights scaled down by the power of ten at or above the largest counting one, as the library's roll-up does.
            decimal largest = 0m;
            for (int k = objKrStart[o]; k < objKrStart[o + 1]; k++)
            {
                if (krWeight[k] != 0m && krProgress[k].HasValue)
                {
                    largest = Math.Max(largest, krWeight[k]);
                }
            }

            for (int c = childStart[o]; c < childStart[o + 1]; c++)
            {
                if (objWeight[children[c]] != 0m && objProgress[children[c]].HasValue)
                {
                    largest = Math.Max(largest, objWeight[children[c]]);
                }
            }

            largest = PowerOfTenAtLeast(largest);
            decimal total = 0m;
            decimal sum = 0m;
            for (int k = objKrStart[o]; k < objKrStart[o + 1]; k++)
            {
                if (krWeight[k] != 0m && krProgress[k] is { } p)
                {
                    decimal weight = krWeight[k] / largest;
                    total += weight;
                    sum += weight * p;
                }
            }

            for (int c = childStart[o]; c < childStart[o + 1]; c++)
            {
                int child = children[c];
                if (objWeight[child] != 0m && objProgress[child] is { } p)
                {
                    decimal weight = objWeight[child] / largest;
                    total += weight;
                    sum += weight * p;
                }
            }

            objProgress[o] = total == 0m ? null : sum / total;
        }
    }

    /// <summary>The smallest power of ten at or above the value; 1 for values up to 1 (the library's weight scaling).</summary>
    internal static decimal PowerOfTenAtLeast(decimal value)
    {
        decimal power = 1m;
        while (power < value && power < 1e28m)
        {
            power *= 10m;
        }

        return power;
    }

    private static bool Passes(bool above, bool onPasses, decimal threshold, decimal value) =>
        value == threshold ? onPasses : above ? value > threshold : value < threshold;

    private decimal? MilestoneProgress(int k, int latest)
    {
        int count = msStart[k + 1] - msStart[k];
        int reached = latest < 0 ? 0 : (int)Math.Clamp(decimal.Floor(ciValue[latest]), 0m, count);
        decimal total = 0m;
        decimal done = 0m;
        for (int m = 0; m < count; m++)
        {
            total += msWeight[msStart[k] + m];
            if (m < reached)
            {
                done += msWeight[msStart[k] + m];
            }
        }

        return total == 0m ? null : total == 1m ? done : done / total;
    }

    private decimal? DoneShare(int k, int today)
    {
        int counting = 0;
        int done = 0;
        for (int i = initStart[k]; i < initStart[k + 1]; i++)
        {
            if (!initFeedsActivity[i])
            {
                continue;
            }

            for (int w = wiStart[i]; w < wiStart[i + 1]; w++)
            {
                var state = wiState[w];
                if (state == WorkItemState.Cancelled)
                {
                    continue;
                }

                counting++;
                if (state == WorkItemState.Done && wiCompletedDay[w] <= today)
                {
                    done++;
                }
            }
        }

        return counting == 0 ? null : (decimal)done / counting;
    }

    private static int[] Starts(IEnumerable<int> lengths)
    {
        var starts = new List<int> { 0 };
        foreach (int length in lengths)
        {
            starts.Add(starts[^1] + length);
        }

        return starts.ToArray();
    }
}
