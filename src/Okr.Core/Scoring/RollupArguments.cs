namespace Okr.Core.Scoring;

/// <summary>What a <see cref="RollupStrategy"/> receives.</summary>
public readonly ref struct RollupArguments
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="itemId">The id of the item being aggregated.</param>
    /// <param name="children">Its counting children.</param>
    /// <exception cref="ArgumentNullException"><paramref name="itemId"/> is null.</exception>
    public RollupArguments(string itemId, ReadOnlySpan<RollupChild> children)
    {
        ArgumentNullException.ThrowIfNull(itemId);
        ItemId = itemId;
        Children = children;
    }

    /// <summary>The id of the item being aggregated.</summary>
    public string ItemId { get; }

    /// <summary>The counting children: each scored, contributing, with a positive weight.</summary>
    public ReadOnlySpan<RollupChild> Children { get; }
}
