namespace Okr.Samples.Web.Plans;

/// <summary>What a change did.</summary>
internal enum WriteStatus
{
    /// <summary>Created something new (a plan, a check-in).</summary>
    Created,

    /// <summary>Changed an existing plan.</summary>
    Done,

    /// <summary>Nothing to change (a replayed webhook).</summary>
    Unchanged,

    /// <summary>No such plan.</summary>
    PlanNotFound,

    /// <summary>No such item in the plan.</summary>
    ItemNotFound,

    /// <summary>The plan changed since the revision the client named (If-Match).</summary>
    PreconditionFailed,
}
