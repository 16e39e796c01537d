using Okr.Core.Internal;

namespace Okr.Core;

/// <summary>A manual progress set by a person, with a reason and an author. The computed progress stays visible in the explanation.</summary>
public sealed record ProgressOverride
{
    /// <summary>Creates a progress override.</summary>
    /// <param name="progress">The progress to show.</param>
    /// <param name="mode">One-off or sticky.</param>
    /// <param name="reason">Why the progress was set by hand; not blank.</param>
    /// <param name="author">Who set it; not blank.</param>
    /// <param name="at">When it was set; a one-off override yields to check-ins after this moment.</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> or <paramref name="author"/> is null or blank.</exception>
    public ProgressOverride(Progress progress, OverrideMode mode, string reason, string author, DateTimeOffset at)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown override mode.");
        }

        Progress = progress;
        Mode = mode;
        Reason = Guard.NotBlank(reason);
        Author = Guard.NotBlank(author);
        At = at;
    }

    /// <summary>The progress to show.</summary>
    public Progress Progress { get; }

    /// <summary>One-off or sticky.</summary>
    public OverrideMode Mode { get; }

    /// <summary>Why the progress was set by hand.</summary>
    public string Reason { get; }

    /// <summary>Who set it.</summary>
    public string Author { get; }

    /// <summary>When it was set.</summary>
    public DateTimeOffset At { get; }
}
