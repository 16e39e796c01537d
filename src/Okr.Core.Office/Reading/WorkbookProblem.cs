namespace Okr.Core.Office;

/// <summary>A problem met in one cell (or row) of a workbook: where, in A1 notation, and why.</summary>
/// <param name="Sheet">The sheet's name.</param>
/// <param name="Cell">The cell in A1 notation, for example <c>D7</c>.</param>
/// <param name="Problem">What is wrong, in a sentence.</param>
/// <param name="Severity">Whether the row was skipped or read with the cell ignored.</param>
public sealed record WorkbookProblem(string Sheet, string Cell, string Problem, WorkbookProblemSeverity Severity)
{
    /// <summary>The problem as one line: <c>'OKRs'!D7: error: problem</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() =>
        $"'{Sheet}'!{Cell}: {(Severity == WorkbookProblemSeverity.Error ? "error" : "warning")}: {Problem}";
}
