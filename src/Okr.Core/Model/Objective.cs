using Okr.Core.Internal;

namespace Okr.Core;

/// <summary>
/// A qualitative direction ("Develop a revolutionary AI based Python coding software") with the key results that
/// show it is met. Objectives align to a parent objective or key result by id, forming a forest.
/// </summary>
/// <remarks>
/// Immutable; <c>with</c> expressions return changed copies. Equality is structural, key results in order.
/// </remarks>
public sealed record Objective
{
    private readonly string id = string.Empty;
    private readonly UnknownProperties unknownProperties = UnknownProperties.Empty;
    private readonly string title = string.Empty;
    private readonly ImmutableArray<KeyResult> keyResults = ImmutableArray<KeyResult>.Empty;
    private readonly RollupSettings? rollup;

    /// <summary>The id, unique across the whole plan.</summary>
    /// <exception cref="ArgumentException">Set to a blank value.</exception>
    public required string Id { get => id; init => id = Guard.NotBlank(value, nameof(Id)); }

    /// <summary>The title.</summary>
    /// <exception cref="ArgumentException">Set to a blank value.</exception>
    public required string Title { get => title; init => title = Guard.NotBlank(value, nameof(Title)); }

    /// <summary>The period the objective covers; its key results share it.</summary>
    public required Period Period { get; init; }

    /// <summary>A longer description, or null.</summary>
    public string? Description { get; init; }

    /// <summary>The owner (a person or team), or null.</summary>
    public string? Owner { get; init; }

    /// <summary>Committed or aspirational. The default is <see cref="ObjectiveType.Committed"/>.</summary>
    public ObjectiveType Type { get; init; }

    /// <summary>What the objective is aligned to. The default is <see cref="Alignment.None"/>.</summary>
    public Alignment Alignment { get; init; }

    /// <summary>The key results. Never default.</summary>
    /// <exception cref="ArgumentException">Set to a collection containing null.</exception>
    public ImmutableArray<KeyResult> KeyResults { get => keyResults; init => keyResults = Guard.NoNullItems(value, nameof(KeyResults)); }

    /// <summary>The weight among its parent objective's children. The default is a multiplier of 1.</summary>
    public ContributionWeight Weight { get; init; }

    /// <summary>Whether the objective counts in its parent objective's roll-up. The default is <see langword="true"/>.</summary>
    public bool Contributes { get; init; } = true;

    /// <summary>How the objective aggregates its children; null for the plan's default settings.</summary>
    public RollupSettings? Rollup { get => rollup; init => rollup = value; }

    /// <summary>An own scale onto which the rolled-up progress is projected (Viva Goals), or null.</summary>
    public MeasureScale? Scale { get; init; }

    /// <summary>A manual progress override, or null.</summary>
    public ProgressOverride? ProgressOverride { get; init; }

    /// <summary>A manual score override, or null.</summary>
    public ScoreOverride? ScoreOverride { get; init; }

    /// <summary>The day the objective was closed, or null when open. As of that day and after, its status is closed.</summary>
    public DateOnly? ClosedOn { get; init; }

    /// <summary>JSON properties this version of Okr.Core does not know, kept so a load and save loses nothing.
    /// <value>The default is <see cref="UnknownProperties.Empty"/>.</value></summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public UnknownProperties UnknownProperties { get => unknownProperties; init => unknownProperties = Guard.NotNull(value, nameof(UnknownProperties)); }

    /// <inheritdoc/>
    public bool Equals(Objective? other) =>
        other is not null
        && id == other.id && title == other.title && Period == other.Period
        && Description == other.Description && Owner == other.Owner && Type == other.Type
        && Alignment == other.Alignment && Sequence.Equal(keyResults, other.keyResults)
        && Weight == other.Weight && Contributes == other.Contributes && Equals(rollup, other.rollup)
        && Equals(Scale, other.Scale) && Equals(ProgressOverride, other.ProgressOverride)
        && Equals(ScoreOverride, other.ScoreOverride) && ClosedOn == other.ClosedOn
        && unknownProperties.Equals(other.unknownProperties);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(id, title, Period, Alignment, Sequence.Hash(keyResults));
}
