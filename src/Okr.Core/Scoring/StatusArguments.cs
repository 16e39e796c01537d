namespace Okr.Core.Scoring;

/// <summary>What a <see cref="StatusStrategy"/> receives.</summary>
public readonly ref struct StatusArguments
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="itemId">The item's id.</param>
    /// <param name="itemKind">The item's kind.</param>
    /// <param name="keyResultKind">For key results, their kind; otherwise null.</param>
    /// <param name="progress">The item's progress.</param>
    /// <param name="value">For key results, the current value; otherwise null.</param>
    /// <param name="expectedProgress">The progress expected as of the day (linear over the period, or phased).</param>
    /// <param name="children">The item's children (for objectives).</param>
    /// <exception cref="ArgumentNullException"><paramref name="itemId"/> is null.</exception>
    public StatusArguments(string itemId, OkrItemKind itemKind, KeyResultKind? keyResultKind, Progress progress, decimal? value, Progress expectedProgress, ReadOnlySpan<StatusChild> children)
    {
        ArgumentNullException.ThrowIfNull(itemId);
        ItemId = itemId;
        ItemKind = itemKind;
        KeyResultKind = keyResultKind;
        Progress = progress;
        Value = value;
        ExpectedProgress = expectedProgress;
        Children = children;
    }

    /// <summary>The item's id.</summary>
    public string ItemId { get; }

    /// <summary>The item's kind.</summary>
    public OkrItemKind ItemKind { get; }

    /// <summary>For key results, their kind; otherwise null.</summary>
    public KeyResultKind? KeyResultKind { get; }

    /// <summary>The item's progress.</summary>
    public Progress Progress { get; }

    /// <summary>For key results, the current value; otherwise null.</summary>
    public decimal? Value { get; }

    /// <summary>The progress expected as of the day.</summary>
    public Progress ExpectedProgress { get; }

    /// <summary>The item's children with their statuses; empty for key results.</summary>
    public ReadOnlySpan<StatusChild> Children { get; }
}
