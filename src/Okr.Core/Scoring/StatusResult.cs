namespace Okr.Core.Scoring;

/// <summary>The outcome of a <see cref="StatusStrategy"/>.</summary>
public readonly struct StatusResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="status">The status.</param>
    /// <param name="rule">A short description of the rule that gave it; not blank.</param>
    /// <exception cref="ArgumentException"><paramref name="rule"/> is null or blank.</exception>
    public StatusResult(OkrStatus status, string rule)
    {
        Status = status;
        Rule = Internal.Guard.NotBlank(rule);
    }

    /// <summary>The status.</summary>
    public OkrStatus Status { get; }

    /// <summary>A short description of the rule that gave it.</summary>
    public string Rule { get; }
}
