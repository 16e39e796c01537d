using Okr.Core.Internal;

namespace Okr.Core;

/// <summary>
/// The work that should move a key result ("Build a benchmarking program"): the bridge from OKRs to project
/// management. Its progress is the completion of its work items (execution progress), which feeds an
/// activity-based key result, or the objective's roll-up when the objective includes initiatives.
/// </summary>
/// <remarks>Immutable; <c>with</c> expressions return changed copies. Equality is structural, work items in order.</remarks>
public sealed record Initiative
{
    private readonly string id = string.Empty;
    private readonly UnknownProperties unknownProperties = UnknownProperties.Empty;
    private readonly string title = string.Empty;
    // Optional values are stored compactly: the percent with a presence flag, days as day numbers.
    private readonly decimal percentComplete;
    private readonly bool hasPercentComplete;
    private readonly int start = CompactDay.None;
    private readonly int due = CompactDay.None;
    private readonly ImmutableArray<WorkItem> workItems = ImmutableArray<WorkItem>.Empty;

    /// <summary>The id, unique across the whole plan.</summary>
    /// <exception cref="ArgumentException">Set to a blank value.</exception>
    public required string Id { get => id; init => id = Guard.NotBlank(value, nameof(Id)); }

    /// <summary>The title.</summary>
    /// <exception cref="ArgumentException">Set to a blank value.</exception>
    public required string Title { get => title; init => title = Guard.NotBlank(value, nameof(Title)); }

    /// <summary>The owner, or null.</summary>
    public string? Owner { get; init; }

    /// <summary>The planned start day, or null.</summary>
    public DateOnly? Start { get => CompactDay.To(start); init => start = CompactDay.From(value); }

    /// <summary>The due day, or null.</summary>
    public DateOnly? Due { get => CompactDay.To(due); init => due = CompactDay.From(value); }

    /// <summary>The weight among its siblings in a roll-up. The default is a multiplier of 1.</summary>
    public ContributionWeight Weight { get; init; }

    /// <summary>Whether the initiative counts toward its key result and objective. The default is <see langword="true"/>.</summary>
    public bool Contributes { get; init; } = true;

    /// <summary>
    /// A completion typed in by a person (0 to 100), used only when the initiative has no work items; null when none.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0 to 100.</exception>
    public decimal? PercentComplete
    {
        get => hasPercentComplete ? percentComplete : null;
        init
        {
            percentComplete = value is { } p ? Guard.InRange(p, 0m, 100m, nameof(PercentComplete)) : 0m;
            hasPercentComplete = value is not null;
        }
    }

    /// <summary>The initiative's tasks. Never default.</summary>
    /// <exception cref="ArgumentException">Set to a collection containing null.</exception>
    public ImmutableArray<WorkItem> WorkItems { get => workItems; init => workItems = Guard.NoNullItems(value, nameof(WorkItems)); }

    /// <summary>The same initiative in another tool (a Jira epic, an Asana project), or null.</summary>
    public ExternalLink? Link { get; init; }

    /// <summary>JSON properties this version of Okr.Core does not know, kept so a load and save loses nothing.
    /// <value>The default is <see cref="UnknownProperties.Empty"/>.</value></summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public UnknownProperties UnknownProperties { get => unknownProperties; init => unknownProperties = Guard.NotNull(value, nameof(UnknownProperties)); }

    /// <inheritdoc/>
    public bool Equals(Initiative? other) =>
        other is not null
        && id == other.id && title == other.title && Owner == other.Owner
        && Start == other.Start && Due == other.Due && Weight == other.Weight
        && Contributes == other.Contributes && PercentComplete == other.PercentComplete
        && Sequence.Equal(workItems, other.workItems) && Equals(Link, other.Link)
        && unknownProperties.Equals(other.unknownProperties);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(id, title, Weight, Contributes, Sequence.Hash(workItems));
}
