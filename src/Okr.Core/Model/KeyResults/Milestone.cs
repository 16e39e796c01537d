using Okr.Core.Internal;

namespace Okr.Core;

/// <summary>One milestone of a milestones key result: a title and a weight.</summary>
public sealed record Milestone
{
    /// <summary>Creates a milestone.</summary>
    /// <param name="title">The title.</param>
    /// <param name="weight">The weight, zero or greater.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is negative.</exception>
    public Milestone(string title, decimal weight)
    {
        Title = Guard.NotBlank(title);
        Weight = Guard.NonNegative(weight);
    }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The weight.</summary>
    public decimal Weight { get; }
}
