namespace Okr.Core.Internal;

/// <summary>
/// The rarely set fields of a <see cref="CheckIn"/>, kept out of line so a check-in without them (most of a plan's
/// check-ins) holds one reference to the shared <see cref="Empty"/> instead of three. Immutable: a check-in that sets
/// one gets its own copy. Equality is by value, so a check-in's structural equality is unchanged.
/// </summary>
internal sealed record CheckInExtras
{
    /// <summary>No extra field set.</summary>
    public static CheckInExtras Empty { get; } = new();

    /// <summary>See <see cref="CheckIn.Note"/>.</summary>
    public string? Note { get; init; }

    /// <summary>See <see cref="CheckIn.Author"/>.</summary>
    public string? Author { get; init; }

    /// <summary>See <see cref="CheckIn.UnknownProperties"/>.</summary>
    public UnknownProperties UnknownProperties { get; init; } = UnknownProperties.Empty;
}
