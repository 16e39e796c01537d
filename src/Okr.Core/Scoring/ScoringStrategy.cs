namespace Okr.Core.Scoring;

/// <summary>
/// The common base of every scoring strategy: a registered <see cref="Name"/> and the <see cref="Options"/> it was
/// created with, which is what JSON stores. Strategies must be immutable and pure: the same arguments give the same
/// result, from any thread.
/// </summary>
/// <remarks>
/// Two strategies are equal when they have the same runtime type, name and options. Derive from one of
/// <see cref="ProgressStrategy"/>, <see cref="RollupStrategy"/>, <see cref="StatusStrategy"/>, <see cref="ScoreStrategy"/> or <see cref="ForecastStrategy"/>.
/// </remarks>
public abstract class ScoringStrategy : IEquatable<ScoringStrategy>
{
    /// <summary>Initialises the strategy. Derive from one of the five kinds of strategy rather than from this class: the engine calls only those.</summary>
    /// <param name="name">The name it is registered under.</param>
    /// <param name="options">The options it was created with; null for none.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    protected ScoringStrategy(string name, StrategyOptions? options)
    {
        Name = Internal.Guard.NotBlank(name);
        Options = options ?? StrategyOptions.Empty;
    }

    /// <summary>The name the strategy is registered under in a <see cref="StrategyRegistry"/>.</summary>
    public string Name { get; }

    /// <summary>The options the strategy was created with; a registry's factory re-creates it from these.</summary>
    public StrategyOptions Options { get; }

    /// <inheritdoc/>
    public bool Equals(ScoringStrategy? other) =>
        other is not null && other.GetType() == GetType() && other.Name == Name && other.Options.Equals(Options);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ScoringStrategy);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(GetType(), Name, Options);

    /// <summary>The name and options, for example <c>pace(mode=points, atRiskGap=25)</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Options.Count == 0 ? Name : $"{Name}({Options})";
}
