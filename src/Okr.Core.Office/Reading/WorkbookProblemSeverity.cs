namespace Okr.Core.Office;

/// <summary>How bad a workbook problem is.</summary>
public enum WorkbookProblemSeverity
{
    /// <summary>The row was read; one cell was ignored or defaulted (a bad date, an unknown status).</summary>
    Warning = 0,

    /// <summary>The row was skipped.</summary>
    Error = 1,
}
