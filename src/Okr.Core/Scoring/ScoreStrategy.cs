namespace Okr.Core.Scoring;

/// <summary>
/// Turns an item's progress into its end-of-period score, 0 to 1, with a grade and the expectation for its type.
/// Manual score overrides are applied by the engine afterwards, keeping the computed score beside the recorded one.
/// </summary>
/// <remarks>Implementations must be immutable and pure; a score must lie within 0 to 1.</remarks>
public abstract class ScoreStrategy : ScoringStrategy
{
    /// <summary>Initialises the strategy.</summary>
    /// <param name="name">The name it is registered under.</param>
    /// <param name="options">The options it was created with; null for none.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    protected ScoreStrategy(string name, StrategyOptions? options = null)
        : base(name, options)
    {
    }

    /// <summary>Scores the item.</summary>
    /// <param name="arguments">The item's progress and type.</param>
    /// <returns>The score, or not scored.</returns>
    public abstract ScoreResult Evaluate(in ScoreArguments arguments);

    /// <summary>The grade of a score (used for overridden scores too).</summary>
    /// <param name="score">A score, 0 to 1.</param>
    /// <returns>The grade.</returns>
    public abstract Grade GradeOf(decimal score);
}
