using Okr.Core.Internal;

namespace Okr.Core.Scoring;

/// <summary>
/// Incremental scoring of one plan as it changes: score once, then apply each change (a check-in, a work item's new
/// state) in time proportional to the depth of the changed items, not to the size of the plan, and with
/// allocations proportional to that depth. The numbers always equal a full <see cref="OkrScorer.Score(OkrPlan, DateOnly)"/>
/// of <see cref="Plan"/>. Use it behind a webhook or an editor; use <see cref="Scorecard"/> (immutable) to share results.
/// </summary>
/// <remarks>
/// <para>A session is mutable and <b>not thread-safe</b>: <see cref="Update"/> and <see cref="AddCheckIn"/> change it in
/// place. Any number of threads may read it at once (indexer, <see cref="TryGet"/>, <see cref="Explain"/>) while no
/// thread updates it; serialize updates with a lock of your own, or publish <see cref="ToScorecard"/> snapshots to readers.</para>
/// <para>Changes that keep the plan's structure (<see cref="OkrPlan.AddCheckIn"/>, <see cref="OkrPlan.ReplaceKeyResult"/>,
/// <see cref="OkrPlan.ReplaceInitiative"/> and <see cref="OkrPlan.ReplaceWorkItem"/> with the same ids in the same
/// places) are incremental; any other change, or a new scoring configuration, scores the plan in full.</para>
/// </remarks>
/// <example>
/// <code>
/// var session = new ScoringSession(plan, new DateOnly(2026, 5, 15));
/// session.AddCheckIn("kr-1", new CheckIn(DateTimeOffset.UtcNow, 42m));
/// Console.WriteLine(session["obj-1"].Progress);
/// </code>
/// </example>
public sealed class ScoringSession
{
    private readonly ScoringEngine engine;
    private ResultStore results;

    /// <summary>Scores <paramref name="plan"/> in full as of the end of <paramref name="asOf"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asOf">The day; it stays the same for the session's life.</param>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public ScoringSession(OkrPlan plan, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(plan);
        engine = new ScoringEngine(plan, asOf);
        results = engine.ScoreAll();
    }

    /// <summary>The current plan: the last one given to <see cref="Update"/>, or the first.</summary>
    public OkrPlan Plan => engine.Plan;

    /// <summary>The day scored.</summary>
    public DateOnly AsOf => engine.AsOf;

    /// <summary>The number of items scored.</summary>
    public int Count => results.Count;

    /// <summary>The current numbers of the item with the id.</summary>
    /// <param name="id">The item's id.</param>
    /// <returns>The item's numbers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The plan has no item with the id.</exception>
    public ItemResult this[string id] => TryGet(id, out var result) ? result : throw new KeyNotFoundException($"The plan has no item with the id '{id}'.");

    /// <summary>The current numbers of the item with the id, if present.</summary>
    /// <param name="id">The item's id.</param>
    /// <param name="result">The numbers, when present.</param>
    /// <returns>Whether the plan has the item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGet(string id, out ItemResult result)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (Plan.Index.TryGetNode(id, out int node))
        {
            result = Scorecard.Read(new ScoringEngine(Plan, AsOf), results, node);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Why the item has its current numbers (see <see cref="Scorecard.Explain"/>).</summary>
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

        return Scorecard.ExplainNode(new ScoringEngine(Plan, AsOf), results, node);
    }

    /// <summary>
    /// Moves the session to <paramref name="updated"/>, recomputing only the changed items and their ancestors when
    /// the structure is unchanged (otherwise, or when the scoring configuration changed, the plan is scored in full).
    /// </summary>
    /// <param name="updated">The plan after the change, derived from <see cref="Plan"/>.</param>
    /// <param name="changedItemIds">The ids of the items that changed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">An id is not in <paramref name="updated"/>; the session is unchanged.</exception>
    public void Update(OkrPlan updated, params IEnumerable<string> changedItemIds)
    {
        ArgumentNullException.ThrowIfNull(updated);
        var nodes = OkrScorer.NodesOf(updated, changedItemIds);
        bool incremental = ReferenceEquals(Plan.Index, updated.Index) && Plan.Scoring.Equals(updated.Scoring);
        engine.Rebind(updated);
        if (incremental)
        {
            engine.Recompute(results, nodes);
        }
        else
        {
            results = engine.ScoreAll();
        }
    }

    /// <summary>Appends a check-in to a key result (<see cref="OkrPlan.AddCheckIn"/>) and re-scores incrementally.</summary>
    /// <param name="keyResultId">The key result's id.</param>
    /// <param name="checkIn">The check-in.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">No key result has the id.</exception>
    public void AddCheckIn(string keyResultId, CheckIn checkIn) => Update(Plan.AddCheckIn(keyResultId, checkIn), keyResultId);

    /// <summary>An immutable snapshot of the current numbers, safe to share between threads. Copies the results (about 25 bytes per item).</summary>
    /// <returns>The scorecard of <see cref="Plan"/> as of <see cref="AsOf"/>.</returns>
    public Scorecard ToScorecard() => new(Plan, AsOf, results.Clone());
}
