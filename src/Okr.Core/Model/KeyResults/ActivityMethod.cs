namespace Okr.Core;

/// <summary>How an activity-based key result measures its initiatives' work items.</summary>
public enum ActivityMethod
{
    /// <summary>Done items over all counting items (cancelled items do not count).</summary>
    DoneShare = 0,

    /// <summary>Effort of done items over the effort of all counting items; items without an estimate are left out.</summary>
    EffortWeighted = 1,

    /// <summary>The number of done items against a target count ("20 bugs closed").</summary>
    DoneCount = 2,

    /// <summary>The mean completion of counting items, partial percent complete included (Microsoft Project style).</summary>
    MeanCompletion = 3,
}
