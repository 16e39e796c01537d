namespace Okr.Core.Scoring;

/// <summary>The four kinds of item in a plan.</summary>
public enum OkrItemKind
{
    /// <summary>An objective.</summary>
    Objective = 0,

    /// <summary>A key result.</summary>
    KeyResult = 1,

    /// <summary>An initiative.</summary>
    Initiative = 2,

    /// <summary>A task (work item).</summary>
    WorkItem = 3,
}
