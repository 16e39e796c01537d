using Okr.Core.Internal;

namespace Okr.Core.Scoring;

/// <summary>
/// The result of scoring a plan as of a day: every item's progress, status, confidence and score, each able to
/// explain itself (<see cref="Explain"/>). Immutable and safe to share between threads.
/// </summary>
public sealed class Scorecard
{
    private readonly NodeResult[] results;

    internal Scorecard(OkrPlan plan, DateOnly asOf, NodeResult[] results)
    {
        Plan = plan;
        AsOf = asOf;
        this.results = results;
    }

    /// <summary>The plan that was scored.</summary>
    public OkrPlan Plan { get; }

    /// <summary>The day scored: check-ins and work done by its end count.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The number of items scored.</summary>
    public int Count => results.Length;

    /// <summary>Every item's numbers, in plan order (each objective, then its key results, initiatives and work items).</summary>
    public IEnumerable<ItemScore> Items
    {
        get
        {
            for (int node = 0; node < results.Length; node++)
            {
                yield return Build(node);
            }
        }
    }

    internal NodeResult[] Results => results;

    /// <summary>The numbers of the item with the id.</summary>
    /// <param name="id">The item's id.</param>
    /// <returns>The item's numbers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The plan has no item with the id.</exception>
    public ItemScore this[string id] => TryGet(id, out var score) ? score : throw new KeyNotFoundException($"The plan has no item with the id '{id}'.");

    /// <summary>The numbers of the item with the id, if present.</summary>
    /// <param name="id">The item's id.</param>
    /// <param name="score">The numbers, when present.</param>
    /// <returns>Whether the plan has the item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGet(string id, out ItemScore score)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (Plan.Index.TryGetNode(id, out int node))
        {
            score = Build(node);
            return true;
        }

        score = default;
        return false;
    }

    /// <summary>Why the item has its numbers: the rule, each child with its weight, share and value, overrides and the status rule.</summary>
    /// <param name="id">The item's id.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The plan has no item with the id.</exception>
    public Explanation Explain(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!Plan.Index.TryGetNode(id, out int node))
        {
            throw new KeyNotFoundException($"The plan has no item with the id '{id}'.");
        }

        var parts = new ExplanationParts();
        new ScoringEngine(Plan, AsOf).Compute(node, results, parts);
        return new Explanation(Build(node), parts.Rule, parts.Summary, parts.Contributions, parts.ComputedProgress, parts.Override, parts.StatusRule);
    }

    private ItemScore Build(int node)
    {
        var index = Plan.Index;
        var location = index.Locations[node];
        var objective = Plan.Objectives[location.Objective];
        ref readonly var r = ref results[node];
        var scoring = Plan.Scoring.Score;
        var score = scoring.Evaluate(new ScoreArguments(index.Ids[node], location.Kind, r.ProgressOrNull, objective.Type));
        var scoreOverride = location.Kind switch
        {
            OkrItemKind.Objective => objective.ScoreOverride,
            OkrItemKind.KeyResult => objective.KeyResults[location.KeyResult].ScoreOverride,
            _ => null,
        };
        if (scoreOverride is not null && DateOnly.FromDateTime(scoreOverride.At.DateTime) <= AsOf)
        {
            score = score.WithOverride(scoreOverride, scoring.GradeOf(scoreOverride.Score));
        }

        var expected = new ScoringEngine(Plan, AsOf).ExpectedProgressOf(node);
        return new ItemScore(index.Ids[node], location.Kind, r.ProgressOrNull, r.ValueOrNull, expected, r.Status, r.ConfidenceOrNull, score, (r.Flags & NodeFlags.Overridden) != 0);
    }
}
