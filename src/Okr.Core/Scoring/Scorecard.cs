using Okr.Core.Internal;

namespace Okr.Core.Scoring;

/// <summary>
/// The result of scoring a plan as of a day: every item's progress, status, confidence and score, each able to
/// explain itself (<see cref="Explain"/>). Immutable and safe to share between threads.
/// </summary>
public sealed class Scorecard
{
    private readonly ResultStore results;

    internal Scorecard(OkrPlan plan, DateOnly asOf, ResultStore results)
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
    public int Count => results.Count;

    /// <summary>Every item's numbers, in plan order (each objective, then its key results, initiatives and work items).</summary>
    public IEnumerable<ItemResult> Items
    {
        get
        {
            var engine = new ScoringEngine(Plan, AsOf);
            for (int node = 0; node < results.Count; node++)
            {
                yield return Read(engine, results, node);
            }
        }
    }

    internal ResultStore Results => results;

    /// <summary>The numbers of the item with the id.</summary>
    /// <param name="id">The item's id.</param>
    /// <returns>The item's numbers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The plan has no item with the id.</exception>
    public ItemResult this[string id] => TryGet(id, out var result) ? result : throw new KeyNotFoundException($"The plan has no item with the id '{id}'.");

    /// <summary>The numbers of the item with the id, if present.</summary>
    /// <param name="id">The item's id.</param>
    /// <param name="result">The numbers, when present.</param>
    /// <returns>Whether the plan has the item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGet(string id, out ItemResult result)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (Plan.Index.TryGetNode(id, out int node))
        {
            result = Read(new ScoringEngine(Plan, AsOf), results, node);
            return true;
        }

        result = default;
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

        return ExplainNode(new ScoringEngine(Plan, AsOf), results, node);
    }

    /// <summary>Why a node has its numbers, computed again with an explanation by the same code that scored it.</summary>
    internal static Explanation ExplainNode(ScoringEngine engine, ResultStore results, int node)
    {
        var parts = new ExplanationParts();
        engine.Compute(node, results, parts);
        return new Explanation(Read(engine, results, node), parts.Rule, parts.Summary, parts.Contributions, parts.ComputedProgress, parts.Override, parts.StatusRule);
    }

    /// <summary>A node's public numbers: the stored results plus the score and expected progress, derived on demand.</summary>
    internal static ItemResult Read(ScoringEngine engine, ResultStore results, int node) => Read(engine, results[node], node);

    /// <summary>A node's public numbers from its stored result (a scorecard's or a series' day).</summary>
    internal static ItemResult Read(ScoringEngine engine, in NodeResult r, int node)
    {
        var plan = engine.Plan;
        var asOf = engine.AsOf;
        var index = plan.Index;
        var location = index.LocationOf(node);
        var objective = plan.Objectives[location.Objective];
        var scoring = plan.Scoring.Score;
        var score = scoring.Evaluate(new ScoreArguments(index.Ids[node], location.Kind, r.ProgressOrNull, objective.Type));
        var scoreOverride = location.Kind switch
        {
            OkrItemKind.Objective => objective.ScoreOverride,
            OkrItemKind.KeyResult => objective.KeyResults[location.KeyResult].ScoreOverride,
            _ => null,
        };
        if (scoreOverride is not null && DateOnly.FromDateTime(scoreOverride.At.DateTime) <= asOf)
        {
            score = score.WithOverride(scoreOverride, scoring.GradeOf(scoreOverride.Score));
        }

        var expected = engine.ExpectedProgressOf(node);
        decimal? expectedValue = location.Kind switch
        {
            OkrItemKind.KeyResult => Rules.ExpectedValueRules.OfKeyResult(objective.KeyResults[location.KeyResult].Kind, expected),
            OkrItemKind.Objective => Rules.ExpectedValueRules.OfObjective(objective, expected),
            _ => null,
        };
        return new ItemResult(index.Ids[node], location.Kind, r.ProgressOrNull, r.ValueOrNull, expected, r.Status, r.ConfidenceOrNull, score, (r.Flags & NodeFlags.Overridden) != 0)
        {
            ExpectedValue = expectedValue,
        };
    }
}
