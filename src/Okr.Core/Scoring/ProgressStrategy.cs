namespace Okr.Core.Scoring;

/// <summary>
/// Computes a key result's progress (the raw ratio: below 0 when it moved the wrong way, above 1 when over-achieved)
/// from its kind and its check-ins as of a day. Derive from this class to write your own; register it in a
/// <see cref="StrategyRegistry"/> so plans can refer to it by name.
/// </summary>
/// <remarks>Implementations must be immutable and pure, and must not throw for any key result the core can build:
/// return <see cref="ProgressResult.NotScored"/> with a reason instead.</remarks>
public abstract class ProgressStrategy : ScoringStrategy
{
    /// <summary>Initialises the strategy.</summary>
    /// <param name="name">The name it is registered under.</param>
    /// <param name="options">The options it was created with; null for none.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    protected ProgressStrategy(string name, StrategyOptions? options = null)
        : base(name, options)
    {
    }

    /// <summary>Computes the progress.</summary>
    /// <param name="arguments">The key result, the day, its latest check-in by then and, for cascades, the children's values.</param>
    /// <returns>The progress, or not scored with a reason.</returns>
    public abstract ProgressResult Compute(in ProgressArguments arguments);

    /// <summary>The progress and value, as <see cref="Compute"/> gives them, when no explanation is asked for: the
    /// scoring engine's path. Built-in strategies override it to skip formatting the rule.</summary>
    internal virtual ProgressResult ComputeProgress(in ProgressArguments arguments) => Compute(arguments);

    /// <summary>A sentence explaining <paramref name="result"/> with the numbers used. The default returns <see cref="ProgressResult.Rule"/>.</summary>
    /// <param name="arguments">The arguments the result was computed from.</param>
    /// <param name="result">The result.</param>
    /// <returns>The explanation.</returns>
    public virtual string Explain(in ProgressArguments arguments, ProgressResult result) => result.NotScoredReason ?? result.Rule;
}
