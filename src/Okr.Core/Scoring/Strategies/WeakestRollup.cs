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
