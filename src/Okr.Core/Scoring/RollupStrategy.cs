namespace Okr.Core.Scoring;

/// <summary>
/// Aggregates the progress of an item's contributing children into the item's progress. The engine has already
/// dropped children that opted out, have a weight of 0 or are not scored, applied capping, and resolved fixed shares
/// into plain weights, so a strategy sees only children that count, each with a positive weight.
/// </summary>
/// <remarks>Implementations must be immutable and pure. With no children, return <see cref="RollupResult.NotScored"/>.</remarks>
public abstract class RollupStrategy : ScoringStrategy
{
    /// <summary>Initialises the strategy.</summary>
    /// <param name="name">The name it is registered under.</param>
    /// <param name="options">The options it was created with; null for none.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    protected RollupStrategy(string name, StrategyOptions? options = null)
        : base(name, options)
    {
    }

    /// <summary>Aggregates the children.</summary>
    /// <param name="arguments">The item and its counting children.</param>
    /// <returns>The progress, or not scored.</returns>
    public abstract RollupResult Aggregate(in RollupArguments arguments);

    /// <summary>Each child's share of the result, for explanations: by default its weight over the total weight.</summary>
    /// <param name="arguments">The item and its counting children.</param>
    /// <param name="childIndex">The index of the child in <see cref="RollupArguments.Children"/>.</param>
    /// <returns>The share, 0 to 1.</returns>
    public virtual decimal ShareOf(in RollupArguments arguments, int childIndex)
    {
        decimal total = 0m;
        foreach (var child in arguments.Children)
        {
            total += child.Weight;
        }

        return total == 0m ? 0m : arguments.Children[childIndex].Weight / total;
    }
}
