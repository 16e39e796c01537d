using Okr.Core.Internal;
using Okr.Core.Scoring.Rules;

namespace Okr.Core.Scoring;

/// <summary>
/// Computes node results over a plan's flat index, children before parents, without recursion. The same code
/// computes a node for a full pass, an incremental pass and an explanation, so the three cannot disagree; every
/// scoring rule it applies is a kernel in <c>Scoring/Rules</c>, called by the records path and the compiled path alike.
/// </summary>
/// <remarks>
/// Split by concern: this file (state, dispatch, incremental pass), <c>.Walks</c> (the two full passes),
/// <c>.WorkItems</c> (work items and initiatives), <c>.KeyResults</c> and <c>.CompiledKeyResults</c>, <c>.Objectives</c> and
/// <c>.CompiledObjectives</c>. What the compiled path serves is decided in <see cref="CompiledScoring"/>.
/// </remarks>
internal sealed partial class ScoringEngine
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private OkrPlan plan;
    private PlanIndex index;
    private ScoringConfiguration config;
    private readonly DateOnly asOf;
    private Period expectedPeriod;
    private decimal expectedRatio = -1m;
    private Dictionary<Period, decimal>? elapsedByPeriod;
    private const int MaxRememberedPeriods = 1024;

    /// <summary>For tests: when set on the calling thread, the engine takes its general path everywhere (every child
    /// read through the index, every roll-up through its strategy, every division done), so the fast paths can be
    /// compared with it bit for bit.</summary>
    [ThreadStatic]
    internal static bool GeneralPathOnly;

    private readonly bool generalPathOnly = GeneralPathOnly;

    /// <summary>For a series (<see cref="ScoreSeries"/>): one bit per node, set when the node's status was last decided by the
    /// status strategy against the elapsed share of its period (so a later day with the same inputs may give another
    /// status), cleared when it was decided before the strategy (closed, not scored, not started, achieved). Kept for
    /// initiatives, compiled key results and objectives; null outside a series.</summary>
    private ulong[]? statusFollowsTime;

    public ScoringEngine(OkrPlan plan, DateOnly asOf)
    {
        this.plan = plan;
        index = plan.Index;
        config = plan.Scoring;
        this.asOf = asOf;
    }

    public OkrPlan Plan => plan;

    public DateOnly AsOf => asOf;

    /// <summary>Points the engine at a plan with the same structure (an incremental session's next version), keeping its buffers.</summary>
    public void Rebind(OkrPlan updated)
    {
        plan = updated;
        index = updated.Index;
        config = updated.Scoring;
    }

    /// <summary>Scores every node, children before parents, without recursion: from the plan's compiled tables when it
    /// has them (<see cref="OkrPlan.CompileScoring"/>), else from its records. Both give the same bits.</summary>
    public ResultStore ScoreAll()
    {
        var results = new ResultStore(index);
        if (generalPathOnly || !plan.IsCompiledForScoring)
        {
            ScoreAllGeneral(results);
        }
        else
        {
            ScoreAllCompiled(results);
        }

        return results;
    }

    /// <summary>Recomputes the changed nodes and their ancestors in place, children before parents.</summary>
    public void Recompute(ResultStore results, IEnumerable<int> changed)
    {
        // The affected nodes: the changed ones and every ancestor, each once.
        var position = new Dictionary<int, int>();
        var affected = new List<int>();
        foreach (int node in changed)
        {
            if (position.TryAdd(node, affected.Count))
            {
                affected.Add(node);
            }
        }

        for (int next = 0; next < affected.Count; next++)
        {
            foreach (int parent in index.ParentsOf(affected[next]))
            {
                if (position.TryAdd(parent, affected.Count))
                {
                    affected.Add(parent);
                }
            }
        }

        // Kahn's algorithm on the affected subgraph: a node is ready once its affected children are recomputed.
        var pending = new int[affected.Count];
        var ready = new Queue<int>();
        for (int i = 0; i < affected.Count; i++)
        {
            foreach (int child in index.ChildrenOf(affected[i]))
            {
                if (position.ContainsKey(child))
                {
                    pending[i]++;
                }
            }

            if (pending[i] == 0)
            {
                ready.Enqueue(affected[i]);
            }
        }

        while (ready.Count > 0)
        {
            int node = ready.Dequeue();
            results.Set(node, Compute(node, results, null));
            foreach (int parent in index.ParentsOf(node))
            {
                if (--pending[position[parent]] == 0)
                {
                    ready.Enqueue(parent);
                }
            }
        }
    }

    /// <summary>One node's result from its record and its children's results (records path; re-scoring; explanations).</summary>
    public NodeResult Compute(int node, ResultStore results, ExplanationParts? explain)
    {
        var location = index.LocationOf(node);
        var objective = plan.Objectives[location.Objective];
        return location.Kind switch
        {
            OkrItemKind.WorkItem => ComputeWorkItem(objective.KeyResults[location.KeyResult].Initiatives[location.Initiative].WorkItems[location.WorkItem], explain),
            OkrItemKind.Initiative => ComputeInitiative(node, objective, objective.KeyResults[location.KeyResult].Initiatives[location.Initiative], results, explain),
            OkrItemKind.KeyResult => ComputeKeyResult(node, objective, objective.KeyResults[location.KeyResult], results, explain),
            _ => ComputeObjective(node, objective, results, explain),
        };
    }

    public Progress? ExpectedProgressOf(int node)
    {
        var location = index.LocationOf(node);
        var objective = plan.Objectives[location.Objective];
        switch (location.Kind)
        {
            case OkrItemKind.KeyResult:
                return ExpectedForKeyResult(objective, objective.KeyResults[location.KeyResult]);
            case OkrItemKind.Initiative:
                return Progress.FromRatio(InitiativeRules.PeriodOf(objective.KeyResults[location.KeyResult].Initiatives[location.Initiative], objective.Period).ElapsedFraction(asOf));
            case OkrItemKind.WorkItem:
                return null;
            default:
                return Progress.FromRatio(objective.Period.ElapsedFraction(asOf));
        }
    }

    private static NodeResult NotScored(OkrStatus status) => new() { Status = status };

    /// <summary>A status strategy's answer; the rule is formatted only when an explanation is asked for.</summary>
    private static (OkrStatus Status, string Rule) Evaluate(StatusStrategy strategy, in StatusArguments arguments, ExplanationParts? explain)
    {
        if (explain is null)
        {
            return (strategy.EvaluateStatus(arguments), string.Empty);
        }

        var evaluated = strategy.Evaluate(arguments);
        return (evaluated.Status, evaluated.Rule);
    }

    /// <summary>The elapsed share of a period as of the day, remembered for the last period asked (most items share
    /// one) and, up to a bound, for every other period seen (initiatives have their own dates; a decimal division each).</summary>
    private decimal ElapsedFraction(Period period)
    {
        if (expectedRatio < 0m)
        {
            // The first period needs no table: a single lookup (Scorecard[id], TryGet) makes a new engine each time, and
            // a table sized for the plan made every such lookup allocate tens of kilobytes.
            expectedPeriod = period;
            expectedRatio = period.ElapsedFraction(asOf);
        }
        else if (period != expectedPeriod)
        {
            expectedPeriod = period;
            // Bounded by the plan's size too, so small plans allocate no more than before.
            int limit = Math.Min(MaxRememberedPeriods, index.Count / 64);
            var known = elapsedByPeriod ??= new Dictionary<Period, decimal>(limit);
            if (!known.TryGetValue(period, out expectedRatio))
            {
                expectedRatio = period.ElapsedFraction(asOf);
                if (known.Count < limit)
                {
                    known.Add(period, expectedRatio);
                }
            }
        }

        return expectedRatio;
    }

    /// <summary>Notes whether a node's status was just decided by the status strategy against the elapsed time (a series
    /// re-evaluates only those statuses on a day when nothing else of the node changed).</summary>
    private void NoteStatusFollowsTime(int node, bool follows)
    {
        if (statusFollowsTime is { } bits)
        {
            if (follows)
            {
                Mark(bits, node);
            }
            else
            {
                bits[node >> 6] &= ~(1UL << (node & 63));
            }
        }
    }

    /// <summary>Sets one bit of a bit set (objectives rolled up during a walk, periods whose elapsed share is known).</summary>
    private static void Mark(ulong[] bits, int position) => bits[position >> 6] |= 1UL << (position & 63);

    private static bool IsMarked(ulong[] bits, int position) => (bits[position >> 6] & (1UL << (position & 63))) != 0;

    private static void EnsureCapacity<T>(ref T[] buffer, int size)
    {
        if (buffer.Length < size)
        {
            Array.Resize(ref buffer, Math.Max(size, buffer.Length * 2));
        }
    }
}
