namespace Okr.Core;

/// <summary>The health of an item as of a day. Separate from progress, score and confidence.</summary>
/// <remarks>The numeric order, from <see cref="AtRisk"/> to <see cref="Achieved"/>, is not a severity order; use
/// <see cref="OkrStatusExtensions.Severity(OkrStatus)"/> to rank statuses.</remarks>
public enum OkrStatus
{
    /// <summary>Nothing can be said: no progress can be computed (no children, all weights 0, only baseline key results).</summary>
    NotScored = 0,

    /// <summary>No check-in or work yet.</summary>
    NotStarted = 1,

    /// <summary>On or ahead of the expected pace.</summary>
    OnTrack = 2,

    /// <summary>Behind the expected pace, within the at-risk band.</summary>
    Behind = 3,

    /// <summary>Far behind the expected pace, or outside a threshold.</summary>
    AtRisk = 4,

    /// <summary>The target is reached.</summary>
    Achieved = 5,

    /// <summary>The item is closed; its score is final.</summary>
    Closed = 6,
}
