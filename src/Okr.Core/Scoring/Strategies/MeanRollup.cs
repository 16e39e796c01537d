namespace Okr.Core.Scoring;

/// <summary>
/// The plain mean (<c>mean</c>) of the counting children's progress, ignoring multipliers (a weight of 0 or an
/// opt-out still removes a child).
/// </summary>
public sealed class MeanRollup : RollupStrategy
{
    /// <summary>The registered name: <c>mean</c>.</summary>
    public const string StrategyName = "mean";

    /// <summary>Creates the strategy. It has no options.</summary>
    public MeanRollup()
        : base(StrategyName)
    {
    }

    private MeanRollup(StrategyOptions options)
        : base(StrategyName, options)
    {
    }

    /// <summary>Re-creates the strategy from its options. It reads none, but keeps them as given, so options written by a
    /// newer version survive a round trip.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static MeanRollup FromOptions(StrategyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new MeanRollup(options);
    }

    /// <inheritdoc/>
    public override RollupResult Aggregate(in RollupArguments arguments)
    {
        if (arguments.Children.IsEmpty)
        {
            return RollupResult.NotScored("nothing to aggregate");
        }

        decimal sum = 0m;
        foreach (var child in arguments.Children)
        {
            sum += child.Progress.Ratio;
        }

        return RollupResult.Scored(Progress.FromRatio(sum / arguments.Children.Length), StrategyName);
    }

    /// <inheritdoc/>
    public override decimal ShareOf(in RollupArguments arguments, int childIndex) =>
        arguments.Children.IsEmpty ? 0m : 1m / arguments.Children.Length;
}
