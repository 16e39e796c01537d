using Okr.Core.Internal;
using Okr.Core.Scoring;

namespace Okr.Core;

/// <summary>
/// A measurable outcome that shows an objective is met. Its <see cref="Kind"/> says what is measured and how progress
/// follows from the check-ins (or, for activity-based key results, from the initiatives' work items).
/// </summary>
/// <remarks>
/// Immutable; <c>with</c> expressions and <see cref="AddCheckIn"/> return changed copies. Equality is structural:
/// collections compare item by item, in order; strategies compare by type, name and options.
/// </remarks>
public sealed record KeyResult
{
    private readonly string id = string.Empty;
    private readonly UnknownProperties unknownProperties = UnknownProperties.Empty;
    private readonly string title = string.Empty;
    private readonly KeyResultKind kind = new PercentageKind();
    private readonly ImmutableArray<CheckIn> checkIns = ImmutableArray<CheckIn>.Empty;
    private readonly ImmutableArray<Initiative> initiatives = ImmutableArray<Initiative>.Empty;
    private readonly ImmutableArray<PhasedTarget> phasedTargets = ImmutableArray<PhasedTarget>.Empty;
    private readonly string? parentKeyResultId;

    /// <summary>The id, unique across the whole plan.</summary>
    /// <exception cref="ArgumentException">Set to a blank value.</exception>
    public required string Id { get => id; init => id = Guard.NotBlank(value, nameof(Id)); }

    /// <summary>The title.</summary>
    /// <exception cref="ArgumentException">Set to a blank value.</exception>
    public required string Title { get => title; init => title = Guard.NotBlank(value, nameof(Title)); }

    /// <summary>What is measured and how.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public required KeyResultKind Kind { get => kind; init => kind = Guard.NotNull(value, nameof(Kind)); }

    /// <summary>A longer description, or null.</summary>
    public string? Description { get; init; }

    /// <summary>The owner, or null.</summary>
    public string? Owner { get; init; }

    /// <summary>The history of check-ins, in the order they were recorded (not necessarily by date). Never default.</summary>
    /// <exception cref="ArgumentException">Set to a collection containing null.</exception>
    public ImmutableArray<CheckIn> CheckIns { get => checkIns; init => checkIns = Guard.NoNullItems(value, nameof(CheckIns)); }

    /// <summary>The initiatives that should move this key result. Never default.</summary>
    /// <exception cref="ArgumentException">Set to a collection containing null.</exception>
    public ImmutableArray<Initiative> Initiatives { get => initiatives; init => initiatives = Guard.NoNullItems(value, nameof(Initiatives)); }

    /// <summary>Expected values by date for pace (phased targets); empty for linear pace. Never default.</summary>
    /// <exception cref="ArgumentException">Set to a collection containing null.</exception>
    public ImmutableArray<PhasedTarget> PhasedTargets { get => phasedTargets; init => phasedTargets = Guard.NoNullItems(value, nameof(PhasedTargets)); }

    /// <summary>The weight among its objective's children. The default is a multiplier of 1.</summary>
    public ContributionWeight Weight { get; init; }

    /// <summary>Whether the key result counts in its objective's roll-up. The default is <see langword="true"/>.</summary>
    public bool Contributes { get; init; } = true;

    /// <summary>
    /// The id of the key result this one cascades into (a <see cref="CascadedSumKind"/> parent adds up its children's
    /// values), or null.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a blank value.</exception>
    public string? ParentKeyResultId
    {
        get => parentKeyResultId;
        init => parentKeyResultId = value is null ? null : Guard.NotBlank(value, nameof(ParentKeyResultId));
    }

    /// <summary>A progress strategy for this key result only, replacing the configured one for its kind; null for the configured one.</summary>
    public ProgressStrategy? ProgressStrategy { get; init; }

    /// <summary>A manual progress override, or null.</summary>
    public ProgressOverride? ProgressOverride { get; init; }

    /// <summary>A manual score override, or null.</summary>
    public ScoreOverride? ScoreOverride { get; init; }

    /// <summary>Returns a copy with <paramref name="checkIn"/> appended to the history.</summary>
    /// <param name="checkIn">The check-in; it may be back-dated.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="checkIn"/> is null.</exception>
    public KeyResult AddCheckIn(CheckIn checkIn)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        return this with { CheckIns = checkIns.Add(checkIn) };
    }

    /// <summary>
    /// The check-in that holds the value as of the end of <paramref name="asOf"/>: the one with the latest
    /// <see cref="CheckIn.At"/> among those whose <see cref="CheckIn.Day"/> is on or before that day; when two share
    /// the latest moment, the one recorded last.
    /// </summary>
    /// <param name="asOf">The day.</param>
    /// <returns>The check-in, or null when there is none by then.</returns>
    public CheckIn? LatestCheckInAsOf(DateOnly asOf)
    {
        CheckIn? latest = null;
        int day = asOf.DayNumber;
        foreach (var checkIn in checkIns)
        {
            if (Scoring.Rules.CheckInRules.Supersedes(checkIn.DayNumber, checkIn.UtcTicks, day, latest is not null, latest?.UtcTicks ?? 0L))
            {
                latest = checkIn;
            }
        }

        return latest;
    }

    /// <summary>JSON properties this version of Okr.Core does not know, kept so a load and save loses nothing.
    /// <value>The default is <see cref="UnknownProperties.Empty"/>.</value></summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public UnknownProperties UnknownProperties { get => unknownProperties; init => unknownProperties = Guard.NotNull(value, nameof(UnknownProperties)); }

    /// <inheritdoc/>
    public bool Equals(KeyResult? other) =>
        other is not null
        && id == other.id && title == other.title && kind.Equals(other.kind)
        && Description == other.Description && Owner == other.Owner
        && Sequence.Equal(checkIns, other.checkIns) && Sequence.Equal(initiatives, other.initiatives)
        && Sequence.Equal(phasedTargets, other.phasedTargets)
        && Weight == other.Weight && Contributes == other.Contributes && parentKeyResultId == other.parentKeyResultId
        && Equals(ProgressStrategy, other.ProgressStrategy)
        && Equals(ProgressOverride, other.ProgressOverride) && Equals(ScoreOverride, other.ScoreOverride)
        && unknownProperties.Equals(other.unknownProperties);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(id, title, kind, Sequence.Hash(checkIns), Sequence.Hash(initiatives), Weight);
}
