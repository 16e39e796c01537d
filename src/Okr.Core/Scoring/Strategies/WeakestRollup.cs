namespace Okr.Core.Scoring;

/// <summary>The weakest child (<c>weakest</c>): the lowest progress among the counting children.</summary>
public sealed class WeakestRollup : RollupStrategy
{
    /// <summary>The registered name: <c>weakest</c>.</summary>
    public const string StrategyName = "weakest";

    /// <summary>Creates the strategy. It has no options.</summary>
    public WeakestRollup()
        : base(StrategyName)
    {
    }

    private WeakestRollup(StrategyOptions options)
        : base(StrategyName, options)
    {
    }

    /// <summary>Re-creates the strategy from its options. It reads none, but keeps them as given, so options written by a
    /// newer version survive a round trip.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static WeakestRollup FromOptions(StrategyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new WeakestRollup(options);
    }

    /// <inheritdoc/>
    public override RollupResult Aggregate(in RollupArguments arguments)
    {
        if (arguments.Children.IsEmpty)
        {
            return RollupResult.NotScored("nothing to aggregate");
        }

        decimal min = decimal.MaxValue;
        foreach (var child in arguments.Children)
        {
            min = Math.Min(min, child.Progress.Ratio);
        }

        return RollupResult.Scored(Progress.FromRatio(min), StrategyName);
    }

    /// <inheritdoc/>
    public override decimal ShareOf(in RollupArguments arguments, int childIndex)
    {
        var children = arguments.Children;
        int weakest = 0;
        for (int i = 1; i < children.Length; i++)
        {
            if (children[i].Progress.Ratio < children[weakest].Progress.Ratio)
            {
                weakest = i;
            }
        }

        return childIndex == weakest ? 1m : 0m;
    }
}
