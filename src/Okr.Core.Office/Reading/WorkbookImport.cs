namespace Okr.Core.Office;

/// <summary>
/// What reading a workbook gave: the plan and a report. Every data row is counted as an objective, a key result, or
/// skipped (with an error naming its cell): nothing is dropped silently.
/// </summary>
public sealed record WorkbookImport
{
    /// <summary>The plan read.</summary>
    public required OkrPlan Plan { get; init; }

    /// <summary>The sheet the OKRs were read from.</summary>
    public required string Sheet { get; init; }

    /// <summary>The header row's number (1-based).</summary>
    public required int HeaderRow { get; init; }

    /// <summary>The layout found.</summary>
    public required WorkbookLayout Layout { get; init; }

    /// <summary>Each field and the column letters it was read from.</summary>
    public required ImmutableDictionary<WorkbookField, string> Columns { get; init; }

    /// <summary>The non-empty data rows read below the header.</summary>
    public required int RowsRead { get; init; }

    /// <summary>The rows that were skipped; each has an <see cref="WorkbookProblemSeverity.Error"/> problem.</summary>
    public required int RowsSkipped { get; init; }

    /// <summary>Every problem, in the order met.</summary>
    public required ImmutableArray<WorkbookProblem> Problems { get; init; }
}
