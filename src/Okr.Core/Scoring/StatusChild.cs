namespace Okr.Core.Scoring;

/// <summary>One child's status and confidence, as seen by a <see cref="StatusStrategy"/>.</summary>
public readonly struct StatusChild
{
    /// <summary>Creates a child.</summary>
    /// <param name="id">The child's id.</param>
    /// <param name="status">Its status.</param>
    /// <param name="confidence">Its confidence, 0 to 1, or null.</param>
    /// <param name="weight">Its effective weight in the parent; 0 when it does not contribute.</param>
    public StatusChild(string id, OkrStatus status, decimal? confidence, decimal weight)
    {
        Id = id;
        Status = status;
        Confidence = confidence;
        Weight = weight;
    }

    /// <summary>The child's id.</summary>
    public string Id { get; }

    /// <summary>Its status.</summary>
    public OkrStatus Status { get; }

    /// <summary>Its confidence, 0 to 1, or null.</summary>
    public decimal? Confidence { get; }

    /// <summary>Its effective weight in the parent; 0 when it does not contribute.</summary>
    public decimal Weight { get; }
}
