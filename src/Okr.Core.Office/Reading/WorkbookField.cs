namespace Okr.Core.Office;

/// <summary>A column the workbook reader understands. Headers are matched by tolerant names (case, spaces and
/// punctuation ignored); <see cref="WorkbookReadOptions.ColumnMap"/> names them explicitly.</summary>
public enum WorkbookField
{
    /// <summary>The objective's title (header <c>Objective</c>, <c>Goal</c>); repeated on each key result's row or
    /// merged across them, or on its own row in the outline layout.</summary>
    Objective = 0,

    /// <summary>The key result's title (header <c>Key Result</c>, <c>KR</c>, <c>Measure</c>).</summary>
    KeyResult = 1,

    /// <summary>One title column for both in the outline layout (header <c>Title</c>, <c>Name</c>, <c>OKR</c>).</summary>
    Title = 2,

    /// <summary>Whether the row is an objective or a key result in the outline layout (header <c>Type</c>, <c>Level</c>).</summary>
    Type = 3,

    /// <summary>The item's id (header <c>Id</c>); generated from the title when absent.</summary>
    Id = 4,

    /// <summary>The owner (header <c>Owner</c>, <c>Responsible</c>, <c>Assignee</c>, <c>Lead</c>, <c>DRI</c>).</summary>
    Owner = 5,

    /// <summary>The start value (header <c>Start</c>, <c>Baseline</c>, <c>Initial</c>).</summary>
    Start = 6,

    /// <summary>The target value (header <c>Target</c>, <c>Goal value</c>).</summary>
    Target = 7,

    /// <summary>The current value (header <c>Current</c>, <c>Actual</c>, <c>Value</c>).</summary>
    Current = 8,

    /// <summary>The progress as a percentage (header <c>Progress</c>, <c>%</c>, <c>% Complete</c>).</summary>
    Progress = 9,

    /// <summary>The unit: <c>number</c>, <c>percent</c>/<c>%</c> or a currency code (header <c>Unit</c>).</summary>
    Unit = 10,

    /// <summary>The owner's confidence, 0 to 1, a percentage or a 1-to-10 score (header <c>Confidence</c>).</summary>
    Confidence = 11,

    /// <summary>A status the owner reported (header <c>Status</c>, <c>Health</c>).</summary>
    Status = 12,

    /// <summary>The due day (header <c>Due</c>, <c>Deadline</c>); the objective's period ends there when no quarter is given.</summary>
    Due = 13,

    /// <summary>The day of the current value's check-in (header <c>Updated</c>, <c>Last check-in</c>, <c>As of</c>, <c>Date</c>).</summary>
    Updated = 14,

    /// <summary>The weight among the objective's key results: a multiplier (<c>2</c>, <c>2x</c>) or a fixed share
    /// (<c>30%</c>) (header <c>Weight</c>).</summary>
    Weight = 15,

    /// <summary>A note kept with the check-in (header <c>Notes</c>, <c>Comment</c>).</summary>
    Notes = 16,

    /// <summary>The team; becomes the objective's owner when it has none (header <c>Team</c>, <c>Department</c>).</summary>
    Team = 17,

    /// <summary>The period: <c>2026-Q2</c>, <c>Q2 2026</c> or <c>2026-04-01..2026-06-30</c> (header <c>Quarter</c>, <c>Period</c>, <c>Cycle</c>).</summary>
    Quarter = 18,

    /// <summary>What the objective is aligned to: an objective id, or <c>objective:ID</c> / <c>key-result:ID</c>
    /// (header <c>Aligned to</c>, <c>Parent</c>).</summary>
    AlignedTo = 19,

    /// <summary>The key result's kind: <c>percentage</c>, <c>linear</c>, <c>increase</c>, <c>decrease</c>, <c>reach</c>,
    /// <c>binary</c> (header <c>Kind</c>); inferred from the values when absent.</summary>
    Kind = 20,

    /// <summary>Whether the item counts in its parent's roll-up: <c>no</c>, <c>false</c>, <c>0</c> or <c>excluded</c> leave it
    /// out (header <c>Counts</c>, <c>Contributes</c>, <c>In roll-up</c>); blank or anything else counts.</summary>
    Counts = 21,
}
