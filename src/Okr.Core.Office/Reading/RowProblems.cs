namespace Okr.Core.Office;

/// <summary>Collects the problems of one sheet, each at a cell in A1 notation.</summary>
internal sealed class RowProblems(string sheet)
{
    private readonly ImmutableArray<WorkbookProblem>.Builder problems = ImmutableArray.CreateBuilder<WorkbookProblem>();

    public string Sheet => sheet;

    public ImmutableArray<WorkbookProblem>.Builder All => problems;

    public void Warn(int column, int row, string problem) =>
        problems.Add(new WorkbookProblem(sheet, CellAddress.Of(Math.Max(column, 0), row), problem, WorkbookProblemSeverity.Warning));

    public void Error(int column, int row, string problem) =>
        problems.Add(new WorkbookProblem(sheet, CellAddress.Of(Math.Max(column, 0), row), problem, WorkbookProblemSeverity.Error));

    public void Add(WorkbookProblem problem) => problems.Add(problem);
}
