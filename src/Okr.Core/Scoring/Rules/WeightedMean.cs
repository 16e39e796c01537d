namespace Okr.Core.Scoring.Rules;

/// <summary>
/// The weighted-mean rule, once: sum(weight * value) / sum(weight), accumulated in the order the values are added
/// (decimal arithmetic, so the order fixes the bits). <see cref="WeightedMeanRollup"/>, the engine's roll-ups (records
/// and compiled tables), the objectives' confidence, <see cref="ConfidenceMeanStatusStrategy"/> and
/// <see cref="ProgressFormulas.WeightedMean"/> (which first refuses negative weights and skips zero ones) all add
/// their pairs here. Overflow surfaces as <see cref="OverflowException"/>, for the caller to turn into "not scored".
/// </summary>
internal struct WeightedMean
{
    private decimal total;
    private decimal sum;

    /// <summary>Adds one value with its weight.</summary>
    public void Add(decimal weight, decimal value)
    {
        total += weight;
        sum += weight * value;
    }

    /// <summary>The total weight added so far.</summary>
    public readonly decimal TotalWeight => total;

    /// <summary>The mean, or null when the total weight is 0 (nothing to aggregate).</summary>
    public readonly decimal? Mean => total == 0m ? null : sum / total;
}
