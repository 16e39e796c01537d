namespace Okr.Core.Scoring;

/// <summary>What a <see cref="ScoreStrategy"/> receives.</summary>
public readonly ref struct ScoreArguments
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="itemId">The item's id.</param>
    /// <param name="itemKind">The item's kind.</param>
    /// <param name="progress">The item's progress, or null when not scored.</param>
    /// <param name="type">Committed or aspirational (of the objective, or of a key result's objective).</param>
    /// <exception cref="ArgumentNullException"><paramref name="itemId"/> is null.</exception>
    public ScoreArguments(string itemId, OkrItemKind itemKind, Progress? progress, ObjectiveType type)
    {
        ArgumentNullException.ThrowIfNull(itemId);
        ItemId = itemId;
        ItemKind = itemKind;
        Progress = progress;
        Type = type;
    }

    /// <summary>The item's id.</summary>
    public string ItemId { get; }

    /// <summary>The item's kind.</summary>
    public OkrItemKind ItemKind { get; }

    /// <summary>The item's progress, or null when not scored.</summary>
    public Progress? Progress { get; }

    /// <summary>Committed or aspirational.</summary>
    public ObjectiveType Type { get; }
}
