namespace Okr.Core.Scoring;

/// <summary>
/// The strategies a plan is scored with, each replaceable: progress per key-result kind, roll-up, status for key
/// results and for objectives, score, and forecast with the stale check-in threshold. Objectives and key results may override parts of it.
/// </summary>
/// <remarks>Immutable; <c>with</c> expressions return changed copies. Equality compares every strategy by type, name and options.</remarks>
public sealed record ScoringConfiguration
{
    private readonly ProgressStrategy progress = new StandardProgressStrategy();
    private readonly ImmutableDictionary<string, ProgressStrategy> progressByKind = ImmutableDictionary.Create<string, ProgressStrategy>(StringComparer.Ordinal);
    private readonly RollupStrategy rollup = new WeightedMeanRollup();
    private readonly RollupSettings defaultRollup = RollupSettings.Default;
    private readonly StatusStrategy keyResultStatus = new PaceStatusStrategy();
    private readonly StatusStrategy objectiveStatus = new PaceStatusStrategy();
    private readonly ScoreStrategy score = new GradeBandScore();
    private readonly ForecastStrategy forecast = new LeastSquaresForecast();
    private readonly int staleAfterDays = DefaultStaleAfterDays;

    /// <summary>The default of <see cref="StaleAfterDays"/>: 14 days, two missed weekly check-ins (vendors recommend
    /// weekly check-ins for quarterly OKRs, and flag a key result not updated for 14 days as stalled).</summary>
    public const int DefaultStaleAfterDays = 14;

    /// <summary>The built-in defaults: standard progress, weighted mean, Viva Goals pace bands, Google grades.</summary>
    public static ScoringConfiguration Default { get; } = new();

    /// <summary>The progress strategy for kinds without an entry in <see cref="ProgressByKind"/>. <value>The default is <see cref="StandardProgressStrategy"/>.</value></summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ProgressStrategy Progress { get => progress; init => progress = Internal.Guard.NotNull(value, nameof(Progress)); }

    /// <summary>Progress strategies by key-result kind discriminator (for example <c>linear</c>). <value>The default is empty.</value></summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ImmutableDictionary<string, ProgressStrategy> ProgressByKind { get => progressByKind; init => progressByKind = Internal.Guard.NotNull(value, nameof(ProgressByKind)); }

    /// <summary>The roll-up for objectives without their own. <value>The default is <see cref="WeightedMeanRollup"/>.</value></summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public RollupStrategy Rollup { get => rollup; init => rollup = Internal.Guard.NotNull(value, nameof(Rollup)); }

    /// <summary>The roll-up settings for objectives without their own. <value>The default is <see cref="RollupSettings.Default"/>.</value></summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public RollupSettings DefaultRollup { get => defaultRollup; init => defaultRollup = Internal.Guard.NotNull(value, nameof(DefaultRollup)); }

    /// <summary>The status strategy for key results. <value>The default is <see cref="PaceStatusStrategy"/> with Viva Goals' bands.</value></summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public StatusStrategy KeyResultStatus { get => keyResultStatus; init => keyResultStatus = Internal.Guard.NotNull(value, nameof(KeyResultStatus)); }

    /// <summary>The status strategy for objectives and initiatives. <value>The default is <see cref="PaceStatusStrategy"/> with Viva Goals' bands.</value></summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public StatusStrategy ObjectiveStatus { get => objectiveStatus; init => objectiveStatus = Internal.Guard.NotNull(value, nameof(ObjectiveStatus)); }

    /// <summary>The score strategy. <value>The default is <see cref="GradeBandScore"/> with Google's bands.</value></summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ScoreStrategy Score { get => score; init => score = Internal.Guard.NotNull(value, nameof(Score)); }

    /// <summary>The forecast strategy: how key results' values are projected to their period's end. <value>The default is <see cref="LeastSquaresForecast"/>.</value></summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ForecastStrategy Forecast { get => forecast; init => forecast = Internal.Guard.NotNull(value, nameof(Forecast)); }

    /// <summary>How many days may pass after a key result's last check-in before it is stale: stale when more days
    /// have passed. <value>The default is <see cref="DefaultStaleAfterDays"/> (14).</value></summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value below 1.</exception>
    public int StaleAfterDays
    {
        get => staleAfterDays;
        init => staleAfterDays = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(StaleAfterDays), value, "The number of days must be 1 or more.");
    }

    /// <summary>The progress strategy that applies to <paramref name="keyResult"/>: its own, else the one for its kind, else <see cref="Progress"/>.</summary>
    /// <param name="keyResult">The key result.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keyResult"/> is null.</exception>
    public ProgressStrategy ProgressFor(KeyResult keyResult)
    {
        ArgumentNullException.ThrowIfNull(keyResult);
        return keyResult.ProgressStrategy
            ?? (progressByKind.Count != 0 && progressByKind.TryGetValue(keyResult.Kind.Discriminator, out var byKind) ? byKind : progress);
    }

    /// <inheritdoc/>
    public bool Equals(ScoringConfiguration? other) =>
        other is not null
        && progress.Equals(other.progress) && rollup.Equals(other.rollup) && defaultRollup.Equals(other.defaultRollup)
        && keyResultStatus.Equals(other.keyResultStatus) && objectiveStatus.Equals(other.objectiveStatus) && score.Equals(other.score)
        && forecast.Equals(other.forecast) && staleAfterDays == other.staleAfterDays
        && progressByKind.Count == other.progressByKind.Count
        && progressByKind.All(p => other.progressByKind.TryGetValue(p.Key, out var s) && s.Equals(p.Value));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(progress, rollup, defaultRollup, keyResultStatus, objectiveStatus, score, progressByKind.Count);
}
