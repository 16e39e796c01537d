namespace Okr.Core.Scoring;

/// <summary>
/// The entry point for scoring: a pure function from a plan and a day to a <see cref="Scorecard"/>. Same input, same
/// result, from any thread. Time never comes from the system clock: pass the day, or a <see cref="TimeProvider"/>.
/// </summary>
/// <example>
/// <code>
/// var scorecard = OkrScorer.Score(plan, new DateOnly(2026, 5, 15));
/// Console.WriteLine(scorecard["kr-1"].Progress);
/// Console.WriteLine(scorecard.Explain("obj-1"));
/// </code>
/// </example>
public static class OkrScorer
{
    /// <summary>Scores every item of the plan as of the end of <paramref name="asOf"/>. Only check-ins and work done by then count.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asOf">The day.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static Scorecard Score(OkrPlan plan, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new Scorecard(plan, asOf, new ScoringEngine(plan, asOf).ScoreAll());
    }

    /// <summary>Scores the plan as of today according to <paramref name="timeProvider"/>'s local time zone.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="timeProvider">The clock, for example <see cref="TimeProvider.System"/> or a fake in tests.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Scorecard Score(OkrPlan plan, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return Score(plan, DateOnly.FromDateTime(timeProvider.GetLocalNow().DateTime));
    }

    /// <summary>
    /// Scores the plan as of each of many days (for example every Monday of the quarter), exactly as
    /// <see cref="Score(OkrPlan, DateOnly)"/> would as of each, bit for bit, stored compactly: the first day in full, then
    /// each day's statuses and only the numbers that changed. Days are taken as a set: sorted ascending and
    /// de-duplicated (<see cref="ScorecardSeries.Days"/> lists them).
    /// </summary>
    /// <remarks>
    /// A plan compiled for scoring (<see cref="OkrPlan.CompileScoring"/>) is scored from its compiled tables. See the
    /// guide, "History: a plan over many days", for what each later day costs.
    /// </remarks>
    /// <param name="plan">The plan.</param>
    /// <param name="days">The days, in any order, at least one; duplicates count once.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="days"/> is empty.</exception>
    public static ScorecardSeries ScoreSeries(OkrPlan plan, IEnumerable<DateOnly> days)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(days);
        var sorted = days.Distinct().Order().ToImmutableArray();
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("A series needs at least one day.", nameof(days));
        }

        return new ScorecardSeries(plan, sorted, ScoringEngine.ScoreSeries(plan, sorted));
    }

    /// <summary>
    /// Re-scores after a change to some items (a check-in, a work item's new state), recomputing only those items and
    /// their ancestors; the result equals a full <see cref="Score(OkrPlan, DateOnly)"/> of <paramref name="updated"/>.
    /// This holds when <paramref name="updated"/> was derived from the scored plan by changes that keep its structure
    /// (<see cref="OkrPlan.AddCheckIn"/>, <see cref="OkrPlan.ReplaceKeyResult"/>, <see cref="OkrPlan.ReplaceWorkItem"/>
    /// and <see cref="OkrPlan.ReplaceInitiative"/> with the same ids in the same places); otherwise, or when the scoring
    /// configuration changed, the plan is scored in full.
    /// </summary>
    /// <remarks>
    /// The new scorecard is immutable, so this copies the previous results (about 25 bytes per item) before
    /// recomputing: far cheaper than a full score, but proportional to the plan's size. For a stream of changes to one
    /// plan, a <see cref="ScoringSession"/> applies each in time and allocations proportional to the depth of the change.
    /// </remarks>
    /// <param name="previous">The scorecard of the plan before the change.</param>
    /// <param name="updated">The plan after the change.</param>
    /// <param name="changedItemIds">The ids of the items that changed.</param>
    /// <returns>The scorecard of <paramref name="updated"/> as of <see cref="Scorecard.AsOf"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">An id is not in <paramref name="updated"/>.</exception>
    public static Scorecard Rescore(Scorecard previous, OkrPlan updated, params IEnumerable<string> changedItemIds)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(updated);
        var nodes = NodesOf(updated, changedItemIds);

        if (!ReferenceEquals(previous.Plan.Index, updated.Index) || !previous.Plan.Scoring.Equals(updated.Scoring))
        {
            return Score(updated, previous.AsOf);
        }

        var results = previous.Results.Clone();
        new ScoringEngine(updated, previous.AsOf).Recompute(results, nodes);
        return new Scorecard(updated, previous.AsOf, results);
    }

    /// <summary>The nodes of the changed items, all checked before anything changes.</summary>
    internal static List<int> NodesOf(OkrPlan updated, IEnumerable<string> changedItemIds)
    {
        ArgumentNullException.ThrowIfNull(changedItemIds);
        var nodes = new List<int>();
        foreach (var id in changedItemIds)
        {
            ArgumentNullException.ThrowIfNull(id, nameof(changedItemIds));
            nodes.Add(updated.Index.TryGetNode(id, out int node) ? node : throw new KeyNotFoundException($"The plan has no item with the id '{id}'."));
        }

        return nodes;
    }
}
