namespace Okr.Core.Scoring;

/// <summary>A score's colour band (Google: red 0 to 0.3, yellow 0.4 to 0.6, green 0.7 to 1.0).</summary>
public enum Grade
{
    /// <summary>No grade: the item is not scored.</summary>
    None = 0,

    /// <summary>Red: failed to make real progress.</summary>
    Red = 1,

    /// <summary>Yellow: progress, short of the goal.</summary>
    Yellow = 2,

    /// <summary>Green: delivered.</summary>
    Green = 3,
}
