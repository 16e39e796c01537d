using Okr.Core.Internal;

namespace Okr.Core;

/// <summary>
/// A score recorded by a person at close, with a reason (8 investor meetings held, all declined: 0.3 rather than
/// the computed 0.8). The computed score is kept beside it in the scorecard.
/// </summary>
public sealed record ScoreOverride
{
    /// <summary>Creates a score override.</summary>
    /// <param name="score">The score, 0 to 1.</param>
    /// <param name="reason">Why; not blank.</param>
    /// <param name="author">Who; not blank.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is outside 0 to 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> or <paramref name="author"/> is null or blank.</exception>
    public ScoreOverride(decimal score, string reason, string author, DateTimeOffset at)
    {
        Score = Guard.InRange(score, 0m, 1m);
        Reason = Guard.NotBlank(reason);
        Author = Guard.NotBlank(author);
        At = at;
    }

    /// <summary>The recorded score, 0 to 1.</summary>
    public decimal Score { get; }

    /// <summary>Why the score differs from the computed one.</summary>
    public string Reason { get; }

    /// <summary>Who recorded it.</summary>
    public string Author { get; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset At { get; }
}
