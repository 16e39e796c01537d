namespace Okr.Core;

/// <summary>The state of a task (work item).</summary>
public enum WorkItemState
{
    /// <summary>Not started; counts as 0% unless a percent complete is given.</summary>
    NotStarted = 0,

    /// <summary>In progress; counts its percent complete, or 0%.</summary>
    InProgress = 1,

    /// <summary>Done; counts as 100%.</summary>
    Done = 2,

    /// <summary>Blocked; counts its percent complete, or 0%.</summary>
    Blocked = 3,

    /// <summary>Cancelled; does not count at all (neither done nor to do).</summary>
    Cancelled = 4,
}
