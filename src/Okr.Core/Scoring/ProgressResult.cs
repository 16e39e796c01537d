namespace Okr.Core.Scoring;

/// <summary>The outcome of a <see cref="ProgressStrategy"/>: a progress with the value behind it, or "not scored" with a reason.</summary>
public readonly struct ProgressResult
{
    private ProgressResult(Progress? progress, decimal? value, string rule, string? notScoredReason)
    {
        Progress = progress;
        Value = value;
        Rule = rule;
        NotScoredReason = notScoredReason;
    }

    /// <summary>The progress, or null when not scored.</summary>
    public Progress? Progress { get; }

    /// <summary>The current value in the key result's unit (the latest check-in's, or the cascaded sum), or null.</summary>
    public decimal? Value { get; }

    /// <summary>A short name of the rule applied, for example <c>linear</c>.</summary>
    public string Rule { get; }

    /// <summary>Why the key result is not scored, or null when it is.</summary>
    public string? NotScoredReason { get; }

    /// <summary>Whether a progress was computed.</summary>
    public bool IsScored => Progress.HasValue;

    /// <summary>A computed progress.</summary>
    /// <param name="progress">The progress.</param>
    /// <param name="value">The current value, or null.</param>
    /// <param name="rule">A short name of the rule.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="rule"/> is null or blank.</exception>
    public static ProgressResult Scored(Progress progress, decimal? value, string rule) =>
        new(progress, value, Internal.Guard.NotBlank(rule), null);

    /// <summary>No progress can be computed.</summary>
    /// <param name="reason">Why, for a person; not blank.</param>
    /// <param name="value">The current value, if there is one.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is null or blank.</exception>
    public static ProgressResult NotScored(string reason, decimal? value = null) =>
        new(null, value, "not-scored", Internal.Guard.NotBlank(reason));
}
