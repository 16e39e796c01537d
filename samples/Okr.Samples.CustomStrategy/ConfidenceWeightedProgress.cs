using System.Globalization;
using Okr.Core;
using Okr.Core.Scoring;

namespace Okr.Samples.CustomStrategy;

/// <summary>
/// A progress strategy of your own: the standard progress of the key result, multiplied by the owner's confidence at
/// the latest check-in ("60% done but only 50% sure we'll get there" counts as 30%). Check-ins without a confidence
/// use the <c>defaultConfidence</c> option.
/// </summary>
/// <remarks>
/// The pattern to copy: derive from <see cref="ProgressStrategy"/>; pass a registered name and the options to the
/// base constructor (the options are what JSON stores); offer a <c>FromOptions</c> factory for the registry; keep the
/// strategy immutable and pure; never throw for a key result the core can build; return "not scored" with a reason.
/// </remarks>
public sealed class ConfidenceWeightedProgress : ProgressStrategy
{
    /// <summary>The name plans use for this strategy.</summary>
    public const string StrategyName = "confidence-weighted";

    private static readonly StandardProgressStrategy Standard = new();

    /// <summary>Creates the strategy.</summary>
    /// <param name="defaultConfidence">The confidence assumed when a check-in has none, 0 to 1. The default is 1 (no discount).</param>
    public ConfidenceWeightedProgress(decimal defaultConfidence = 1m)
        : base(StrategyName, StrategyOptions.Empty.With("defaultConfidence", defaultConfidence))
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(defaultConfidence, 0m);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(defaultConfidence, 1m);
        DefaultConfidence = defaultConfidence;
    }

    /// <summary>The confidence assumed when a check-in has none.</summary>
    public decimal DefaultConfidence { get; }

    /// <summary>Re-creates the strategy from the options stored in a plan file.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The strategy.</returns>
    public static ConfidenceWeightedProgress FromOptions(StrategyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ConfidenceWeightedProgress(options.GetDecimal("defaultConfidence", 1m));
    }

    /// <inheritdoc/>
    public override ProgressResult Compute(in ProgressArguments arguments)
    {
        var standard = Standard.Compute(arguments);
        if (standard.Progress is not { } progress)
        {
            return standard;
        }

        decimal confidence = arguments.LatestCheckIn?.Confidence ?? DefaultConfidence;
        return ProgressResult.Scored(Progress.FromRatio(progress.Ratio * confidence), standard.Value, StrategyName);
    }

    /// <inheritdoc/>
    public override string Explain(in ProgressArguments arguments, ProgressResult result)
    {
        if (!result.IsScored)
        {
            return Standard.Explain(arguments, result);
        }

        var standard = Standard.Compute(arguments);
        decimal confidence = arguments.LatestCheckIn?.Confidence ?? DefaultConfidence;
        return string.Create(CultureInfo.InvariantCulture,
            $"{Standard.Explain(arguments, standard)}; times confidence {confidence:0.##} = {result.Progress}");
    }
}
