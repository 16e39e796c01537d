namespace Okr.Core.Scoring;

/// <summary>
/// The inverse of a forecast: what each key result would need to reach for an objective to land at a target
/// progress, one key result at a time, holding the others at their values as of the day. It asks the real scorer,
/// so every roll-up rule, weight, cap and aligned objective counts: in closed form where the objective moves linearly
/// with the key result (checked with the scorer), by bisection where it does not, by trying each outcome for discrete
/// kinds. Key results of objectives aligned below the objective are included.
/// </summary>
/// <example>
/// <code>
/// foreach (var needed in OkrTargets.Needed(OkrScorer.Score(plan, day), "obj-1", Progress.FromPercent(70)))
/// {
///     Console.WriteLine(needed.Explanation);
/// }
/// </code>
/// </example>
public static class OkrTargets
{
    /// <summary>What each key result of the objective, and of the objectives aligned below it, would need for the
    /// objective's progress to reach <paramref name="target"/>.</summary>
    /// <param name="scorecard">The plan's scorecard as of the day: the other key results are held at their values then.</param>
    /// <param name="objectiveId">The objective.</param>
    /// <param name="target">The objective's progress to reach, for example 70%.</param>
    /// <returns>One answer per key result: the objective's own first, then those of aligned objectives, level by level.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">No objective has the id.</exception>
    public static IReadOnlyList<NeededValue> Needed(Scorecard scorecard, string objectiveId, Progress target)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        ArgumentNullException.ThrowIfNull(objectiveId);
        var plan = scorecard.Plan;
        var objective = plan.FindObjective(objectiveId) ?? throw new KeyNotFoundException($"No objective has the id '{objectiveId}'.");
        var solver = new NeededValueSolver(scorecard, objectiveId, target.Ratio);
        var answers = new List<NeededValue>();
        var queue = new Queue<Objective>([objective]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { objective.Id };
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            foreach (var keyResult in current.KeyResults)
            {
                answers.Add(solver.Solve(current, keyResult));
            }

            foreach (var child in plan.AlignedTo(current.Id).Concat(current.KeyResults.SelectMany(k => plan.AlignedTo(k.Id))))
            {
                if (seen.Add(child.Id))
                {
                    queue.Enqueue(child);
                }
            }
        }

        return answers;
    }
}
