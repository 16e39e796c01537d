namespace Okr.Core.Integrations;

/// <summary>
/// What an import did. Every row or element read is counted either as imported, as skipped (with an error naming its
/// location and reason) or as structure (an epic or summary task that became an initiative): nothing is dropped silently.
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

    /// <summary>Every problem, in the order met.</summary>
    public required ImmutableArray<ImportProblem> Problems { get; init; }

    /// <summary>The distinct statuses no mapping rule matched, in the order met.</summary>
    public required ImmutableArray<string> UnknownStatuses { get; init; }
}
