namespace Okr.Core.Scoring;

/// <summary>
/// Status from pace (<c>pace</c>): actual progress against expected progress (linear over the period, or phased).
/// In <see cref="PaceMode.Points"/> mode (the default, Viva Goals) a gap above <see cref="AtRiskGap"/> points is at
/// risk and above <see cref="BehindGap"/> behind; in <see cref="PaceMode.Ratio"/> mode actual / expected below
/// <see cref="AtRiskBelow"/> is at risk and from <see cref="OnTrackFrom"/> on track. Threshold and range key results
/// have no pace: passing is on track; failing is behind within the risk threshold and at risk beyond it.
/// </summary>
public sealed class PaceStatusStrategy : StatusStrategy
{
    /// <summary>The registered name: <c>pace</c>.</summary>
    public const string StrategyName = "pace";

    /// <summary>Creates the strategy with Viva Goals' bands: points, at risk above 25, behind above 0.</summary>
    public PaceStatusStrategy()
        : this(PaceMode.Points, 25m, 0m, 0.75m, 0.95m)
    {
    }

    private PaceStatusStrategy(PaceMode mode, decimal atRiskGap, decimal behindGap, decimal atRiskBelow, decimal onTrackFrom, StrategyOptions? options = null, decimal? endOfPeriodOnTrackFrom = null)
        : base(StrategyName, options ?? OptionsFor(mode, atRiskGap, behindGap, atRiskBelow, onTrackFrom, endOfPeriodOnTrackFrom))
    {
        Mode = mode;
        AtRiskGap = atRiskGap;
        BehindGap = behindGap;
        AtRiskBelow = atRiskBelow;
        OnTrackFrom = onTrackFrom;
        EndOfPeriodOnTrackFrom = endOfPeriodOnTrackFrom;
    }

    /// <summary>
    /// The end-of-period rule (Mooncamp, Perdoo): once the expected progress is 100% (the period is over, or its last
    /// phased target is due), an item is on track from this progress ratio and at risk ("off track") below it, instead
    /// of behind or at risk by pace; reaching the target is achieved, as always. Null (the default) keeps pace to the end.
    /// <value>The default is null.</value>
    /// </summary>
    public decimal? EndOfPeriodOnTrackFrom { get; }

    /// <summary>Returns a copy with the end-of-period rule: at the end of the period, on track needs at least
    /// <paramref name="onTrackFrom"/> progress (Mooncamp: "you must have reached 90% to be on track"; a common choice is 0.7).</summary>
    /// <param name="onTrackFrom">The progress ratio, 0 to 1, from which a finished item is on track; null removes the rule.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="onTrackFrom"/> is below 0 or above 1.</exception>
    public PaceStatusStrategy WithEndOfPeriod(decimal? onTrackFrom)
    {
        if (onTrackFrom is < 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(onTrackFrom), onTrackFrom, "The end-of-period on-track progress is a ratio from 0 to 1.");
        }

        var options = StrategyOptions.Empty;
        foreach (var (name, value) in Options)
        {
            if (name != "endOfPeriodOnTrackFrom")
            {
                options = options.With(name, value);
            }
        }

        options = onTrackFrom is { } x ? options.With("endOfPeriodOnTrackFrom", x) : options;
        return new PaceStatusStrategy(Mode, AtRiskGap, BehindGap, AtRiskBelow, OnTrackFrom, options, onTrackFrom);
    }

    private static StrategyOptions OptionsFor(PaceMode mode, decimal atRiskGap, decimal behindGap, decimal atRiskBelow, decimal onTrackFrom, decimal? endOfPeriodOnTrackFrom)
    {
        var options = StrategyOptions.Empty
            .With("mode", mode.ToString())
            .With(mode == PaceMode.Points ? "atRiskGap" : "atRiskBelow", mode == PaceMode.Points ? atRiskGap : atRiskBelow)
            .With(mode == PaceMode.Points ? "behindGap" : "onTrackFrom", mode == PaceMode.Points ? behindGap : onTrackFrom);
        return endOfPeriodOnTrackFrom is { } x ? options.With("endOfPeriodOnTrackFrom", x) : options;
    }

    /// <summary>Points or ratio. <value>The default is <see cref="PaceMode.Points"/>.</value></summary>
    public PaceMode Mode { get; }

    /// <summary>In points mode, the gap in points above which the item is at risk. <value>The default is 25.</value></summary>
    public decimal AtRiskGap { get; }

    /// <summary>In points mode, the gap in points above which the item is behind. <value>The default is 0.</value></summary>
    public decimal BehindGap { get; }

    /// <summary>In ratio mode, the ratio below which the item is at risk. <value>The default is 0.75.</value></summary>
    public decimal AtRiskBelow { get; }

    /// <summary>In ratio mode, the ratio from which the item is on track. <value>The default is 0.95.</value></summary>
    public decimal OnTrackFrom { get; }

    /// <summary>Bands in percentage points (Viva Goals: 25 and 0).</summary>
    /// <param name="atRiskGap">The gap above which an item is at risk.</param>
    /// <param name="behindGap">The gap above which an item is behind; not above <paramref name="atRiskGap"/>.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="behindGap"/> is above <paramref name="atRiskGap"/>.</exception>
    public static PaceStatusStrategy Points(decimal atRiskGap = 25m, decimal behindGap = 0m)
    {
        if (behindGap > atRiskGap)
        {
            throw new ArgumentOutOfRangeException(nameof(behindGap), behindGap, "The behind band must not exceed the at-risk band.");
        }

        return new PaceStatusStrategy(PaceMode.Points, atRiskGap, behindGap, 0.75m, 0.95m);
    }

    /// <summary>Bands as ratios of actual to expected (for example 0.75 and 0.95, or Oboard's 0.4 and 0.7).</summary>
    /// <param name="atRiskBelow">The ratio below which an item is at risk.</param>
    /// <param name="onTrackFrom">The ratio from which an item is on track; not below <paramref name="atRiskBelow"/>.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="onTrackFrom"/> is below <paramref name="atRiskBelow"/>, or either is negative.</exception>
    public static PaceStatusStrategy Ratio(decimal atRiskBelow = 0.75m, decimal onTrackFrom = 0.95m)
    {
        Internal.Guard.NonNegative(atRiskBelow);
        if (onTrackFrom < atRiskBelow)
        {
            throw new ArgumentOutOfRangeException(nameof(onTrackFrom), onTrackFrom, "The on-track bound must not be below the at-risk bound.");
        }

        return new PaceStatusStrategy(PaceMode.Ratio, 25m, 0m, atRiskBelow, onTrackFrom);
    }

    /// <summary>Re-creates the strategy from its options, kept as given (unknown ones included) (<c>mode</c>, then <c>atRiskGap</c>/<c>behindGap</c> or <c>atRiskBelow</c>/<c>onTrackFrom</c>).</summary>
    /// <param name="options">The options.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="FormatException">An option cannot be parsed.</exception>
    public static PaceStatusStrategy FromOptions(StrategyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Validated by the factories; the options are then kept as given (unknown ones included).
        var typed = options.GetEnum("mode", PaceMode.Points) == PaceMode.Ratio
            ? Ratio(options.GetDecimal("atRiskBelow", 0.75m), options.GetDecimal("onTrackFrom", 0.95m))
            : Points(options.GetDecimal("atRiskGap", 25m), options.GetDecimal("behindGap", 0m));
        decimal? endOfPeriod = typed.WithEndOfPeriod(options.GetNullableDecimal("endOfPeriodOnTrackFrom")).EndOfPeriodOnTrackFrom;
        return new PaceStatusStrategy(typed.Mode, typed.AtRiskGap, typed.BehindGap, typed.AtRiskBelow, typed.OnTrackFrom, options, endOfPeriod);
    }

    /// <inheritdoc/>
    internal override OkrStatus EvaluateStatus(in StatusArguments arguments)
    {
        switch (arguments.KeyResultKind)
        {
            case ThresholdKind threshold when arguments.Value is { } value:
                return ThresholdStatus(threshold, value);
            case RangeKind:
                return Rules.ThresholdRules.RangeStatus(arguments.Progress.Ratio);
        }

        return EvaluatePace(arguments.Progress.Ratio, arguments.ExpectedProgress.Ratio);
    }

    private static OkrStatus ThresholdStatus(ThresholdKind threshold, decimal value) =>
        Rules.ThresholdRules.Status(threshold.Direction, threshold.Threshold, threshold.Boundary, threshold.HasUsableRiskThreshold ? threshold.RiskThreshold!.Value : null, value);

    /// <summary>The status of an item that is neither a threshold nor a range, from its progress and expected progress
    /// alone: what <see cref="EvaluateStatus"/> decides for them, without building the arguments.</summary>
    internal OkrStatus EvaluatePace(decimal progress, decimal expected) =>
        EndOfPeriod(progress, expected) is { } end ? end
        : Mode == PaceMode.Ratio ? ProgressFormulas.PaceByRatio(progress, expected, AtRiskBelow, OnTrackFrom)
        : ProgressFormulas.PaceByPoints(progress, expected, AtRiskGap, BehindGap);

    /// <summary>
    /// For a series of days, whose expected share only grows from one day to the next: an expected share below which
    /// <see cref="EvaluatePace"/> is known to keep, for the same <paramref name="progress"/>, the status it gives at
    /// <paramref name="expected"/>. Its answer can change only where the gap (points) or the ratio (ratio mode; both
    /// move one way as the expected share grows) crosses one of its bounds, or where the end-of-period rule starts; the
    /// lowest such crossing not below <paramref name="expected"/> is returned, less a margin far above rounding.
    /// Negative infinity when no bound is known (evaluate every day), positive infinity when the status can no longer
    /// change.
    /// </summary>
    internal double StatusHoldsBelow(decimal progress, decimal expected)
    {
        double actual = (double)progress;
        double now = (double)expected;
        if (!(Math.Abs(actual) <= 1e9) || now < 0d || (now > 0d && now < 1e-12))
        {
            return double.NegativeInfinity;
        }

        if (EndOfPeriodOnTrackFrom is not null && expected >= 1m)
        {
            return double.PositiveInfinity;
        }

        double lowest = double.PositiveInfinity;
        if (EndOfPeriodOnTrackFrom is not null)
        {
            Consider(1d, now, ref lowest);
        }

        if (Mode == PaceMode.Points)
        {
            // gap = (expected - progress) x 100 crosses a bound b at expected = progress + b / 100.
            Consider(actual + ((double)AtRiskGap / 100d), now, ref lowest);
            Consider(actual + ((double)BehindGap / 100d), now, ref lowest);
        }
        else if (expected <= 0m)
        {
            // Nothing expected yet is on track; any expected share above 0 is judged by the ratio.
            Consider(0d, now, ref lowest);
        }
        else
        {
            // ratio = progress / expected crosses a bound b at expected = progress / b.
            foreach (decimal bound in (ReadOnlySpan<decimal>)[AtRiskBelow, OnTrackFrom])
            {
                if (bound != 0m)
                {
                    Consider(actual / (double)bound, now, ref lowest);
                }
            }
        }

        return double.IsPositiveInfinity(lowest) ? lowest : lowest - (1e-9 * (1d + Math.Abs(lowest)));

        // A crossing within the margin below the expected share may be exactly on it or after it (the doubles round):
        // it still counts, so the status is evaluated again.
        static void Consider(double crossing, double now, ref double lowest)
        {
            if (crossing >= now - (1e-9 * (1d + Math.Abs(crossing))) && crossing < lowest)
            {
                lowest = crossing;
            }
        }
    }

    /// <summary>The end-of-period rule, the one place it is written: null while the period runs or without the rule.</summary>
    private OkrStatus? EndOfPeriod(decimal progress, decimal expected) =>
        EndOfPeriodOnTrackFrom is { } onTrackFrom && expected >= 1m
            ? (progress >= onTrackFrom ? OkrStatus.OnTrack : OkrStatus.AtRisk)
            : null;

    /// <inheritdoc/>
    public override StatusResult Evaluate(in StatusArguments arguments)
    {
        switch (arguments.KeyResultKind)
        {
            case ThresholdKind threshold when arguments.Value is { } value:
                var thresholdStatus = ThresholdStatus(threshold, value);
                return new StatusResult(thresholdStatus, Rules.ThresholdRules.Describe(thresholdStatus));
            case RangeKind:
                var rangeStatus = Rules.ThresholdRules.RangeStatus(arguments.Progress.Ratio);
                return new StatusResult(rangeStatus, rangeStatus == OkrStatus.OnTrack ? "inside the range" : "outside the range");
        }

        decimal actual = arguments.Progress.Ratio;
        decimal expected = arguments.ExpectedProgress.Ratio;
        var status = EvaluatePace(actual, expected);
        if (EndOfPeriod(actual, expected) is not null)
        {
            return new StatusResult(status, string.Create(CultureInfo.InvariantCulture, $"end of period: {arguments.Progress} (on track from {Progress.FromRatio(EndOfPeriodOnTrackFrom!.Value)}, else at risk)"));
        }

        return new StatusResult(status, Mode == PaceMode.Ratio
            ? string.Create(CultureInfo.InvariantCulture, $"pace: {arguments.Progress} of {arguments.ExpectedProgress} expected (at risk below {AtRiskBelow}x, on track from {OnTrackFrom}x)")
            : string.Create(CultureInfo.InvariantCulture, $"pace: {arguments.Progress} against {arguments.ExpectedProgress} expected (at risk beyond {AtRiskGap} points, behind beyond {BehindGap})"));
    }
}
