namespace Okr.Core.Scoring;

/// <summary>
/// The built-in progress strategy (<c>standard</c>): the formula of each key-result kind as the domain table gives
/// it, with optional capping and flooring. Options: <c>capAt</c> (a ratio; none by default, so 125% stays 125% as in
/// Quantive) and <c>floorAt</c> (a ratio; none by default, so moving the wrong way shows below 0).
/// </summary>
/// <remarks>
/// Rules by kind: linear (current - start) / (target - start); percentage value / 100; threshold and range 1 or 0;
/// control KPI by its method; binary 1 when the latest value is not 0 (0 with no check-in: not done yet);
/// milestones by reached weights (0 reached with no check-in); activity from the contributing initiatives' work
/// items; cascaded sum from the child key results' values; baseline never scored. Kinds that need a value are not
/// scored until the first check-in.
/// </remarks>
public sealed class StandardProgressStrategy : ProgressStrategy
{
    /// <summary>The registered name: <c>standard</c>.</summary>
    public const string StrategyName = "standard";

    /// <summary>Creates the strategy with no capping and no flooring.</summary>
    public StandardProgressStrategy()
        : this(null, null)
    {
    }

    /// <summary>Creates the strategy.</summary>
    /// <param name="capAt">The highest ratio reported, or null for none (the default).</param>
    /// <param name="floorAt">The lowest ratio reported, or null for none (the default).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capAt"/> is below <paramref name="floorAt"/>.</exception>
    public StandardProgressStrategy(decimal? capAt, decimal? floorAt)
        : this(capAt, floorAt, ToOptions(capAt, floorAt))
    {
    }

    private StandardProgressStrategy(decimal? capAt, decimal? floorAt, StrategyOptions options)
        : base(StrategyName, options)
    {
        if (capAt < floorAt)
        {
            throw new ArgumentOutOfRangeException(nameof(capAt), capAt, "The cap must not be below the floor.");
        }

        CapAt = capAt;
        FloorAt = floorAt;
    }

    /// <summary>The highest ratio reported, or null. <value>The default is null.</value></summary>
    public decimal? CapAt { get; }

    /// <summary>The lowest ratio reported, or null. <value>The default is null.</value></summary>
    public decimal? FloorAt { get; }

    /// <summary>Re-creates the strategy from its options. The options are kept as given, unknown ones included, so a
    /// plan written by a newer version loses nothing on a round trip.</summary>
    /// <param name="options">The options (<c>capAt</c>, <c>floorAt</c>).</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="FormatException">An option is not a number.</exception>
    public static StandardProgressStrategy FromOptions(StrategyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new StandardProgressStrategy(options.GetNullableDecimal("capAt"), options.GetNullableDecimal("floorAt"), options);
    }

    /// <inheritdoc/>
    public override ProgressResult Compute(in ProgressArguments arguments) => Bound(KindFormulas.Compute(arguments, describe: true));

    /// <inheritdoc/>
    internal override ProgressResult ComputeProgress(in ProgressArguments arguments) => Bound(KindFormulas.Compute(arguments, describe: false));

    private ProgressResult Bound(ProgressResult result)
    {
        if (result.Progress is not { } progress)
        {
            return result;
        }

        decimal ratio = progress.Ratio;
        if (CapAt is { } cap && ratio > cap)
        {
            ratio = cap;
        }

        if (FloorAt is { } floor && ratio < floor)
        {
            ratio = floor;
        }

        return ratio == progress.Ratio ? result : ProgressResult.Scored(Progress.FromRatio(ratio), result.Value, result.Rule + " (bounded)");
    }

    /// <inheritdoc/>
    public override string Explain(in ProgressArguments arguments, ProgressResult result)
    {
        string text = KindFormulas.Explain(arguments, result);
        if (result.IsScored && (CapAt is not null || FloorAt is not null))
        {
            text += string.Create(CultureInfo.InvariantCulture, $"; bounded to [{FloorAt?.ToString(CultureInfo.InvariantCulture) ?? "-inf"}, {CapAt?.ToString(CultureInfo.InvariantCulture) ?? "+inf"}]");
        }

        return text;
    }

    private static StrategyOptions ToOptions(decimal? capAt, decimal? floorAt)
    {
        var options = StrategyOptions.Empty;
        if (capAt is { } cap)
        {
            options = options.With("capAt", cap);
        }

        if (floorAt is { } floor)
        {
            options = options.With("floorAt", floor);
        }

        return options;
    }
}
