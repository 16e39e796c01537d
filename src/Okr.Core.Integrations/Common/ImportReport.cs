namespace Okr.Core.Integrations;

/// <summary>
/// What an import did. Every row or element read is counted either as imported, as skipped (with an error naming its
/// location and reason), as structure (an epic or summary task that became an initiative) or as a subtask counted as
/// part of its parent: <see cref="RowsRead"/> = <see cref="Imported"/> + <see cref="Skipped"/> + <see cref="Structural"/>
/// + <see cref="Subtasks"/>, and nothing is dropped silently.
/// </summary>
public sealed record ImportReport
{
    /// <summary>The data rows (CSV) or task elements (JSON, XML) read, header excluded.</summary>
    public required int RowsRead { get; init; }

    /// <summary>The rows that became work items.</summary>
    public required int Imported { get; init; }

    /// <summary>The rows that became initiatives (Jira epics, Microsoft Project summary tasks) rather than work items.</summary>
    public required int Structural { get; init; }

    /// <summary>The rows skipped; each has an <see cref="ImportProblemSeverity.Error"/> problem.</summary>
    public required int Skipped { get; init; }

    /// <summary>The rows that are subtasks counted as part of their parent task rather than as work items of their own
    /// (Asana CSV with <see cref="AsanaSubtaskRule.ParentCountsOnce"/>), so that the parent's work counts once. Zero for
    /// the other importers.</summary>
    public int Subtasks { get; init; }

    /// <summary>Every problem, in the order met.</summary>
    public required ImmutableArray<ImportProblem> Problems { get; init; }

    /// <summary>How each Jira resolution met on a resolved issue was mapped (done or cancelled) and how many issues carry
    /// it, in the order met; empty for the other importers.</summary>
    public ImmutableArray<MappedResolution> Resolutions { get; init; } = [];

    /// <summary>The distinct statuses no mapping rule matched, in the order met.</summary>
    public required ImmutableArray<string> UnknownStatuses { get; init; }
}
