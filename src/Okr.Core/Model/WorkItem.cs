using Okr.Core.Internal;

namespace Okr.Core;

/// <summary>
/// A task of an initiative: an executable piece of work, often tracked in another tool.
/// Named <c>WorkItem</c> so it does not clash with <see cref="System.Threading.Tasks.Task"/>.
/// </summary>
/// <remarks>
/// Immutable: properties are set only when the object is created, and <c>with</c> expressions return changed
/// copies (the same checks run). Equality is structural: two work items are equal when every property is equal,
/// dependencies compared in order.
/// </remarks>
public sealed record WorkItem
{
    private readonly string id = string.Empty;
    private readonly string title = string.Empty;
    // Optional values are stored compactly (a value plus a presence flag, days as day numbers), and the rarely set ones
    // out of line (WorkItemExtras, shared while empty): a plan holds millions of these.
    private readonly WorkItemExtras extras = WorkItemExtras.Empty;
    private readonly decimal percentComplete;
    private readonly decimal effort;
    private readonly int start = CompactDay.None;
    private readonly int due = CompactDay.None;
    private readonly int completedOn = CompactDay.None;
    private readonly byte state;
    private readonly Present present;

    // Never null, even for an instance made without running its initializers (serializers, validation tests).
    private WorkItemExtras Extras => extras ?? WorkItemExtras.Empty;

    /// <summary>The id, unique across the whole plan.</summary>
    /// <exception cref="ArgumentException">Set to a blank value.</exception>
    public required string Id { get => id; init => id = Guard.NotBlank(value, nameof(Id)); }

    /// <summary>The title.</summary>
    /// <exception cref="ArgumentException">Set to a blank value.</exception>
    public required string Title { get => title; init => title = Guard.NotBlank(value, nameof(Title)); }

    /// <summary>The state. The default is <see cref="WorkItemState.NotStarted"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not a defined state.</exception>
    public WorkItemState State
    {
        get => (WorkItemState)state;
        init => state = Enum.IsDefined(value) ? (byte)value : throw new ArgumentOutOfRangeException(nameof(State), value, "Unknown work item state.");
    }

    /// <summary>The share of the work done, 0 to 100, or null when unknown. Ignored when <see cref="State"/> is done or cancelled.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0 to 100.</exception>
    public decimal? PercentComplete
    {
        get => (present & Present.PercentComplete) != 0 ? percentComplete : null;
        init
        {
            percentComplete = value is { } p ? Guard.InRange(p, 0m, 100m, nameof(PercentComplete)) : 0m;
            present = value is null ? present & ~Present.PercentComplete : present | Present.PercentComplete;
        }
    }

    /// <summary>The estimated effort (hours, story points: any unit, the same across one key result), or null.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative value.</exception>
    public decimal? Effort
    {
        get => (present & Present.Effort) != 0 ? effort : null;
        init
        {
            effort = value is { } e ? Guard.NonNegative(e, nameof(Effort)) : 0m;
            present = value is null ? present & ~Present.Effort : present | Present.Effort;
        }
    }

    /// <summary>The planned start day, or null.</summary>
    public DateOnly? Start { get => CompactDay.To(start); init => start = CompactDay.From(value); }

    /// <summary>The due day, or null.</summary>
    public DateOnly? Due { get => CompactDay.To(due); init => due = CompactDay.From(value); }

    /// <summary>The day the work was done, or null. When set, the item counts as done only as of that day.</summary>
    public DateOnly? CompletedOn { get => CompactDay.To(completedOn); init => completedOn = CompactDay.From(value); }

    /// <summary>The person the work is assigned to, or null.</summary>
    public string? Assignee
    {
        get => Extras.Assignee;
        init => extras = value == Extras.Assignee ? Extras : Extras with { Assignee = value };
    }

    /// <summary>The ids of the work items that must finish before this one can start. Never default.</summary>
    /// <exception cref="ArgumentException">Set to a collection with a blank id.</exception>
    public ImmutableArray<string> DependsOn
    {
        get => Extras.DependsOn;
        init
        {
            var items = Sequence.OrEmpty(value);
            foreach (var dependency in items)
            {
                if (string.IsNullOrWhiteSpace(dependency))
                {
                    throw new ArgumentException("A dependency id must not be blank.", nameof(DependsOn));
                }
            }

            extras = items.IsEmpty && Extras.DependsOn.IsEmpty ? Extras : Extras with { DependsOn = items };
        }
    }

    /// <summary>The same item in another tool, or null.</summary>
    public ExternalLink? Link
    {
        get => Extras.Link;
        init => extras = ReferenceEquals(value, Extras.Link) ? Extras : Extras with { Link = value };
    }

    /// <summary>When an integration last updated the item; updates older than this are ignored. Null when never.</summary>
    public DateTimeOffset? LastSyncedAt
    {
        get => Extras.HasLastSynced
            ? new DateTimeOffset(Extras.LastSyncedUtcTicks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(Extras.LastSyncedOffsetMinutes))
            : null;
        init => extras = value is null && !Extras.HasLastSynced ? Extras
            : Extras with
            {
                HasLastSynced = value is not null,
                LastSyncedUtcTicks = value?.UtcTicks ?? 0L,
                LastSyncedOffsetMinutes = (short)(value?.TotalOffsetMinutes ?? 0),
            };
    }

    /// <summary>Whether the item counts at all: false when <see cref="State"/> is cancelled.</summary>
    public bool Counts => State != WorkItemState.Cancelled;

    /// <summary>Whether the item is done as of the end of <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The day.</param>
    /// <returns><see langword="true"/> when done and not completed after that day.</returns>
    public bool IsDoneAsOf(DateOnly asOf) => Scoring.Rules.WorkItemRules.IsDone(Scoring.Rules.WorkItemRules.DoneFrom(State, CompletedOn), asOf.DayNumber);

    /// <summary>
    /// The item's completion ratio (0 to 1) as of the end of <paramref name="asOf"/>: 1 when done by then,
    /// otherwise its percent complete / 100, otherwise 0. An item done after <paramref name="asOf"/> counts 0 as of then.
    /// </summary>
    /// <param name="asOf">The day.</param>
    /// <returns>The ratio; meaningless for cancelled items, which do not count.</returns>
    public decimal CompletionAsOf(DateOnly asOf) =>
        Scoring.Rules.WorkItemRules.Completion(State, IsDoneAsOf(asOf), Scoring.Rules.WorkItemRules.Ratio(PercentComplete));

    /// <summary>JSON properties this version of Okr.Core does not know, kept so a load and save loses nothing.
    /// <value>The default is <see cref="UnknownProperties.Empty"/>.</value></summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public UnknownProperties UnknownProperties
    {
        get => Extras.UnknownProperties;
        init => extras = Guard.NotNull(value, nameof(UnknownProperties)).IsEmpty && Extras.UnknownProperties.IsEmpty ? Extras : Extras with { UnknownProperties = value };
    }

    /// <inheritdoc/>
    public bool Equals(WorkItem? other) =>
        other is not null
        && id == other.id && title == other.title && State == other.State
        && PercentComplete == other.PercentComplete && Effort == other.Effort
        && Start == other.Start && Due == other.Due && CompletedOn == other.CompletedOn
        && Assignee == other.Assignee && Sequence.Equal(DependsOn, other.DependsOn)
        && Equals(Link, other.Link) && LastSyncedAt == other.LastSyncedAt
        && UnknownProperties.Equals(other.UnknownProperties);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(id, title, State, PercentComplete, Due, Sequence.Hash(DependsOn));

    [Flags]
    private enum Present : byte
    {
        None = 0,
        PercentComplete = 1,
        Effort = 2,
    }
}
