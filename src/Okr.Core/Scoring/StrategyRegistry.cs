namespace Okr.Core.Scoring;

/// <summary>
/// Maps strategy names to factories that build a strategy from its <see cref="StrategyOptions"/>: how plans refer to
/// strategies by name (in JSON, for example) and get back the right type, the user's own included. Immutable:
/// <see cref="With{TStrategy}(string, Func{StrategyOptions, TStrategy})"/> returns a new registry.
/// </summary>
/// <example>
/// <code>
/// var registry = StrategyRegistry.BuiltIn.With("s-curve", options => new SCurvePace(options));
/// </code>
/// </example>
public sealed class StrategyRegistry
{
    private readonly ImmutableDictionary<string, Registration> registrations;

    private StrategyRegistry(ImmutableDictionary<string, Registration> registrations) => this.registrations = registrations;

    /// <summary>A registry holding the built-in strategies: <c>standard</c>, <c>weighted-mean</c>, <c>mean</c>,
    /// <c>weakest</c>, <c>pace</c>, <c>worst-child</c>, <c>confidence-mean</c>, <c>grade-bands</c>, <c>least-squares</c> and <c>current-rate</c>.</summary>
    public static StrategyRegistry BuiltIn { get; } = new StrategyRegistry(ImmutableDictionary.Create<string, Registration>(StringComparer.Ordinal))
        .With(StandardProgressStrategy.StrategyName, StandardProgressStrategy.FromOptions)
        .With(WeightedMeanRollup.StrategyName, WeightedMeanRollup.FromOptions)
        .With(MeanRollup.StrategyName, MeanRollup.FromOptions)
        .With(WeakestRollup.StrategyName, WeakestRollup.FromOptions)
        .With(PaceStatusStrategy.StrategyName, PaceStatusStrategy.FromOptions)
        .With(WorstChildStatusStrategy.StrategyName, WorstChildStatusStrategy.FromOptions)
        .With(ConfidenceMeanStatusStrategy.StrategyName, ConfidenceMeanStatusStrategy.FromOptions)
        .With(GradeBandScore.StrategyName, GradeBandScore.FromOptions)
        .With(LeastSquaresForecast.StrategyName, LeastSquaresForecast.FromOptions)
        .With(CurrentRateForecast.StrategyName, CurrentRateForecast.FromOptions);

    /// <summary>The registered names, in ordinal order.</summary>
    public IEnumerable<string> Names => registrations.Keys.Order(StringComparer.Ordinal);

    /// <summary>Returns a registry that also knows <paramref name="name"/> (replacing an earlier registration of that name).</summary>
    /// <typeparam name="TStrategy">The strategy's base kind or own type; it decides where the name can be used.</typeparam>
    /// <param name="name">The name plans use; not blank.</param>
    /// <param name="factory">Builds the strategy from its options; it must give a strategy whose <see cref="ScoringStrategy.Name"/> is <paramref name="name"/>.</param>
    /// <returns>The new registry.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is null.</exception>
    public StrategyRegistry With<TStrategy>(string name, Func<StrategyOptions, TStrategy> factory)
        where TStrategy : ScoringStrategy
    {
        Internal.Guard.NotBlank(name);
        ArgumentNullException.ThrowIfNull(factory);
        return new StrategyRegistry(registrations.SetItem(name, new Registration(typeof(TStrategy), options => factory(options))));
    }

    /// <summary>Whether <paramref name="name"/> is registered.</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> when registered.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public bool Contains(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return registrations.ContainsKey(name);
    }

    /// <summary>Builds the strategy registered as <paramref name="name"/> from <paramref name="options"/>.</summary>
    /// <typeparam name="TStrategy">The kind of strategy wanted, for example <see cref="RollupStrategy"/>.</typeparam>
    /// <param name="name">The registered name.</param>
    /// <param name="options">The options; null for none.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No strategy is registered under <paramref name="name"/>.</exception>
    /// <exception cref="InvalidOperationException">The strategy registered under the name is not a <typeparamref name="TStrategy"/>,
    /// or its factory returned null or a strategy of another name.</exception>
    /// <exception cref="FormatException">The options cannot be parsed by the strategy.</exception>
    /// <exception cref="ArgumentException">The options are out of the strategy's range.</exception>
    public TStrategy Create<TStrategy>(string name, StrategyOptions? options = null)
        where TStrategy : ScoringStrategy
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!registrations.TryGetValue(name, out var registration))
        {
            throw new KeyNotFoundException($"No scoring strategy is registered under the name '{name}'. Registered: {string.Join(", ", Names)}.");
        }

        var strategy = registration.Factory(options ?? StrategyOptions.Empty);
        if (strategy is not TStrategy typed)
        {
            throw new InvalidOperationException($"The strategy '{name}' is a {strategy?.GetType().Name ?? "null"}, not a {typeof(TStrategy).Name}.");
        }

        if (typed.Name != name)
        {
            throw new InvalidOperationException($"The factory registered as '{name}' built a strategy named '{typed.Name}'.");
        }

        return typed;
    }

    private sealed record Registration(Type Kind, Func<StrategyOptions, ScoringStrategy> Factory);
}
