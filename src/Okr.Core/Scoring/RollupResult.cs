namespace Okr.Core.Scoring;

/// <summary>The outcome of a <see cref="RollupStrategy"/>.</summary>
public readonly struct RollupResult
{
    private RollupResult(Progress? progress, string rule)
    {
        Progress = progress;
        Rule = rule;
    }

    /// <summary>The aggregated progress, or null when not scored.</summary>
    public Progress? Progress { get; }

    /// <summary>A short name of the rule applied.</summary>
    public string Rule { get; }

    /// <summary>An aggregated progress.</summary>
    /// <param name="progress">The progress.</param>
    /// <param name="rule">A short name of the rule.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="rule"/> is null or blank.</exception>
    public static RollupResult Scored(Progress progress, string rule) => new(progress, Internal.Guard.NotBlank(rule));

    /// <summary>Nothing to aggregate.</summary>
    /// <param name="rule">A short name of the rule.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="rule"/> is null or blank.</exception>
    public static RollupResult NotScored(string rule) => new(null, Internal.Guard.NotBlank(rule));
}
