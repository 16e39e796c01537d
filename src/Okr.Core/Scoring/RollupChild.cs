namespace Okr.Core.Scoring;

/// <summary>One counting child in a roll-up.</summary>
public readonly struct RollupChild
{
    /// <summary>Creates a child.</summary>
    /// <param name="id">The child's id.</param>
    /// <param name="itemKind">The child's kind.</param>
    /// <param name="progress">The child's progress, after capping.</param>
    /// <param name="weight">The child's effective weight; positive.</param>
    public RollupChild(string id, OkrItemKind itemKind, Progress progress, decimal weight)
    {
        Id = id;
        ItemKind = itemKind;
        Progress = progress;
        Weight = weight;
    }

    /// <summary>The child's id.</summary>
    public string Id { get; }

    /// <summary>The child's kind.</summary>
    public OkrItemKind ItemKind { get; }

    /// <summary>The child's progress, after capping.</summary>
    public Progress Progress { get; }

    /// <summary>The child's effective weight (multiplier or resolved share); positive.</summary>
    public decimal Weight { get; }
}
