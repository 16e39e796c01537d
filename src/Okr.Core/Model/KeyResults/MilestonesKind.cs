using Okr.Core.Internal;

namespace Okr.Core;

/// <summary>
/// Ordered, weighted milestones. The latest check-in's value is the number of milestones reached, in order;
/// progress = sum of the reached milestones' weights / sum of all weights. Weights that already sum to 1 give the
/// plain sum (0.2 + 0.3 + 0.2 = 0.7); other sums are normalised by the total, and all-zero weights are not scored.
/// </summary>
public sealed record MilestonesKind : KeyResultKind
{
    /// <summary>Creates a milestones kind.</summary>
    /// <param name="milestones">The milestones, in the order they are to be reached; at least one.</param>
    /// <exception cref="ArgumentException">The list is empty or contains null.</exception>
    public MilestonesKind(ImmutableArray<Milestone> milestones)
    {
        Milestones = Guard.NoNullItems(milestones);
        if (Milestones.IsEmpty)
        {
            throw new ArgumentException("A milestones key result needs at least one milestone.", nameof(milestones));
        }
    }

    /// <inheritdoc/>
    public override string Discriminator => "milestones";

    /// <inheritdoc/>
    public override MetricUnit Unit => MetricUnit.Number;

    /// <summary>The milestones, in order.</summary>
    public ImmutableArray<Milestone> Milestones { get; }

    /// <inheritdoc/>
    public bool Equals(MilestonesKind? other) => other is not null && Sequence.Equal(Milestones, other.Milestones);

    /// <inheritdoc/>
    public override int GetHashCode() => Sequence.Hash(Milestones);
}
