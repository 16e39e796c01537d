namespace Okr.Core.Scheduling;

/// <summary>An initiative on the timeline: the span of its scheduled tasks (or its own dates when it has none).</summary>
/// <param name="Id">The initiative's id.</param>
/// <param name="Title">The initiative's title.</param>
/// <param name="Start">The first day.</param>
/// <param name="Finish">The last day, included.</param>
/// <param name="Progress">The mean progress of its scheduled tasks (0 to 1), or its own percent complete / 100, or 0.</param>
public sealed record ScheduledInitiative(string Id, string Title, DateOnly Start, DateOnly Finish, decimal Progress)
{
    /// <summary>The initiative's id.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Id { get; init => field = Okr.Core.Internal.Guard.NotNull(value, nameof(Id)); } = Okr.Core.Internal.Guard.NotNull(Id, nameof(Id));

    /// <summary>The initiative's title.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Title { get; init => field = Okr.Core.Internal.Guard.NotNull(value, nameof(Title)); } = Okr.Core.Internal.Guard.NotNull(Title, nameof(Title));
}
