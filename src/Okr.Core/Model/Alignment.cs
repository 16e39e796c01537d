using Okr.Core.Internal;

namespace Okr.Core;

/// <summary>An objective's alignment: none, to a parent objective, or to a parent key result, by id.</summary>
/// <remarks>Two alignments are equal when kind and target id are equal (ordinal).</remarks>
public readonly struct Alignment : IEquatable<Alignment>
{
    private Alignment(AlignmentKind kind, string? targetId)
    {
        Kind = kind;
        TargetId = targetId;
    }

    /// <summary>Not aligned. The default value.</summary>
    public static Alignment None => default;

    /// <summary>What the objective is aligned to.</summary>
    public AlignmentKind Kind { get; }

    /// <summary>The id of the parent objective or key result; null when <see cref="Kind"/> is <see cref="AlignmentKind.None"/>.</summary>
    public string? TargetId { get; }

    /// <summary>Aligns to a parent objective.</summary>
    /// <param name="objectiveId">The parent objective's id.</param>
    /// <returns>The alignment.</returns>
    /// <exception cref="ArgumentException"><paramref name="objectiveId"/> is null or blank.</exception>
    public static Alignment ToObjective(string objectiveId) => new(AlignmentKind.Objective, Guard.NotBlank(objectiveId));

    /// <summary>Aligns to a parent key result.</summary>
    /// <param name="keyResultId">The parent key result's id.</param>
    /// <returns>The alignment.</returns>
    /// <exception cref="ArgumentException"><paramref name="keyResultId"/> is null or blank.</exception>
    public static Alignment ToKeyResult(string keyResultId) => new(AlignmentKind.KeyResult, Guard.NotBlank(keyResultId));

    /// <inheritdoc/>
    public bool Equals(Alignment other) => Kind == other.Kind && string.Equals(TargetId, other.TargetId, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Alignment other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, TargetId);

    /// <summary>The alignment as <c>none</c>, <c>objective:ID</c> or <c>key-result:ID</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Kind switch
    {
        AlignmentKind.Objective => "objective:" + TargetId,
        AlignmentKind.KeyResult => "key-result:" + TargetId,
        _ => "none",
    };

    /// <summary>Whether two alignments are equal.</summary>
    /// <param name="left">The first alignment.</param>
    /// <param name="right">The second alignment.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Alignment left, Alignment right) => left.Equals(right);

    /// <summary>Whether two alignments differ.</summary>
    /// <param name="left">The first alignment.</param>
    /// <param name="right">The second alignment.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Alignment left, Alignment right) => !left.Equals(right);
}
