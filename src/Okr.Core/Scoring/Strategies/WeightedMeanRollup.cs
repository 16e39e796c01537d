namespace Okr.Core.Scoring;

/// <summary>
/// The default roll-up (<c>weighted-mean</c>): sum(weight * progress) / sum(weight). With every weight 1 it is the
/// plain mean used by every product; multipliers (0.5x, 2x) and resolved fixed shares both act as weights.
/// </summary>
public sealed class WeightedMeanRollup : RollupStrategy
{
    /// <summary>The registered name: <c>weighted-mean</c>.</summary>
    public const string StrategyName = "weighted-mean";

    /// <summary>Creates the strategy. It has no options.</summary>
    public WeightedMeanRollup()
        : base(StrategyName)
    {
    }

    private WeightedMeanRollup(StrategyOptions options)
        : base(StrategyName, options)
    {
    }

    /// <summary>Re-creates the strategy from its options. It reads none, but keeps them as given, so options written by a
    /// newer version survive a round trip.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static WeightedMeanRollup FromOptions(StrategyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new WeightedMeanRollup(options);
    }

    /// <inheritdoc/>
    public override RollupResult Aggregate(in RollupArguments arguments)
    {
        var mean = default(Rules.WeightedMean);
        foreach (var child in arguments.Children)
        {
            mean.Add(child.Weight, child.Progress.Ratio);
        }

        return mean.Mean is { } m ? RollupResult.Scored(Progress.FromRatio(m), StrategyName) : RollupResult.NotScored("nothing to aggregate");
    }
}
