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
