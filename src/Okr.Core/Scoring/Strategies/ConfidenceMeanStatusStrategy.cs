namespace Okr.Core.Scoring;

/// <summary>
/// Status from the mean of the children's status confidences (<c>confidence-mean</c>, Profit.co): each contributing
/// child's status stands for a confidence (on track 0.8, behind 0.3, at risk 0.1, achieved 1.0 by default); the
/// weighted mean from <see cref="OnTrackFrom"/> (0.55) is on track, from <see cref="BehindFrom"/> (0.2) behind, below
/// at risk. Children not started or not scored are left out; with none left, Viva Goals' pace bands decide.
/// </summary>
public sealed class ConfidenceMeanStatusStrategy : StatusStrategy
{
    /// <summary>The registered name: <c>confidence-mean</c>.</summary>
    public const string StrategyName = "confidence-mean";

    private static readonly PaceStatusStrategy Fallback = new();

    /// <summary>Creates the strategy with Profit.co's confidences (0.8, 0.3, 0.1) and bands 0.55 and 0.2.</summary>
    public ConfidenceMeanStatusStrategy()
        : this(0.8m, 0.3m, 0.1m, 0.55m, 0.2m)
    {
    }

    /// <summary>Creates the strategy.</summary>
    /// <param name="onTrack">The confidence an on-track child stands for. <value>The default is 0.8.</value></param>
    /// <param name="behind">The confidence a behind child stands for. <value>The default is 0.3.</value></param>
    /// <param name="atRisk">The confidence an at-risk child stands for. <value>The default is 0.1.</value></param>
    /// <param name="onTrackFrom">The mean from which the item is on track. <value>The default is 0.55.</value></param>
    /// <param name="behindFrom">The mean from which the item is behind. <value>The default is 0.2.</value></param>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside 0 to 1, or <paramref name="behindFrom"/> is above <paramref name="onTrackFrom"/>.</exception>
    public ConfidenceMeanStatusStrategy(decimal onTrack, decimal behind, decimal atRisk, decimal onTrackFrom, decimal behindFrom)
        : this(onTrack, behind, atRisk, onTrackFrom, behindFrom, null)
    {
    }

    private ConfidenceMeanStatusStrategy(decimal onTrack, decimal behind, decimal atRisk, decimal onTrackFrom, decimal behindFrom, StrategyOptions? options)
        : base(StrategyName, options ?? StrategyOptions.Empty.With("onTrack", onTrack).With("behind", behind).With("atRisk", atRisk).With("onTrackFrom", onTrackFrom).With("behindFrom", behindFrom))
    {
        OnTrack = Internal.Guard.InRange(onTrack, 0m, 1m);
        Behind = Internal.Guard.InRange(behind, 0m, 1m);
        AtRisk = Internal.Guard.InRange(atRisk, 0m, 1m);
        OnTrackFrom = Internal.Guard.InRange(onTrackFrom, 0m, 1m);
        BehindFrom = Internal.Guard.InRange(behindFrom, 0m, 1m);
        if (behindFrom > onTrackFrom)
        {
            throw new ArgumentOutOfRangeException(nameof(behindFrom), behindFrom, "The behind bound must not be above the on-track bound.");
        }
    }

    /// <summary>The confidence an on-track child stands for.</summary>
    public decimal OnTrack { get; }

    /// <summary>The confidence a behind child stands for.</summary>
    public decimal Behind { get; }

    /// <summary>The confidence an at-risk child stands for.</summary>
    public decimal AtRisk { get; }

    /// <summary>The mean from which the item is on track.</summary>
    public decimal OnTrackFrom { get; }

    /// <summary>The mean from which the item is behind.</summary>
    public decimal BehindFrom { get; }

    /// <summary>Re-creates the strategy from its options, kept as given (unknown ones included).</summary>
    /// <param name="options">The options (<c>onTrack</c>, <c>behind</c>, <c>atRisk</c>, <c>onTrackFrom</c>, <c>behindFrom</c>).</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="FormatException">An option is not a number.</exception>
    public static ConfidenceMeanStatusStrategy FromOptions(StrategyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ConfidenceMeanStatusStrategy(
            options.GetDecimal("onTrack", 0.8m),
            options.GetDecimal("behind", 0.3m),
            options.GetDecimal("atRisk", 0.1m),
            options.GetDecimal("onTrackFrom", 0.55m),
            options.GetDecimal("behindFrom", 0.2m),
            options);
    }

    /// <inheritdoc/>
    public override StatusResult Evaluate(in StatusArguments arguments)
    {
        if (Mean(arguments) is not { } mean)
        {
            return Fallback.Evaluate(arguments);
        }

        return new StatusResult(StatusOf(mean), string.Create(CultureInfo.InvariantCulture, $"mean status confidence {decimal.Round(mean, 4)} (on track from {OnTrackFrom}, behind from {BehindFrom})"));
    }

    /// <inheritdoc/>
    internal override OkrStatus EvaluateStatus(in StatusArguments arguments) =>
        Mean(arguments) is { } mean ? StatusOf(mean) : Fallback.EvaluateStatus(arguments);

    private OkrStatus StatusOf(decimal mean) => mean >= OnTrackFrom ? OkrStatus.OnTrack : mean >= BehindFrom ? OkrStatus.Behind : OkrStatus.AtRisk;

    /// <summary>The weighted mean of the contributing children's status confidences, or null when none counts.</summary>
    private decimal? Mean(in StatusArguments arguments)
    {
        try
        {
            return Mean(arguments, 1m);
        }
        catch (OverflowException)
        {
            // Weights near decimal's limit: divide them all by one power of ten (exact), which keeps their ratios.
            decimal largest = 0m;
            foreach (var child in arguments.Children)
            {
                largest = Math.Max(largest, child.Weight);
            }

            return Mean(arguments, ProgressFormulas.PowerOfTenAtLeast(largest));
        }
    }

    private decimal? Mean(in StatusArguments arguments, decimal scale)
    {
        var mean = default(Rules.WeightedMean);
        foreach (var child in arguments.Children)
        {
            decimal? confidence = child.Status switch
            {
                OkrStatus.OnTrack => OnTrack,
                OkrStatus.Behind => Behind,
                OkrStatus.AtRisk => AtRisk,
                OkrStatus.Achieved or OkrStatus.Closed => 1m,
                _ => null,
            };
            if (confidence is { } c && child.Weight > 0m)
            {
                mean.Add(scale == 1m ? child.Weight : child.Weight / scale, c);
            }
        }

        return mean.Mean;
    }
}
