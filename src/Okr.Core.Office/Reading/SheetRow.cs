namespace Okr.Core.Office;

/// <summary>One row of a sheet: its 1-based number, its outline level and its non-empty cells by column.</summary>
internal sealed class SheetRow
{
    private readonly List<SheetCell> cells = [];

    public int Number { get; set; }

    public int OutlineLevel { get; set; }

    public IReadOnlyList<SheetCell> Cells => cells;

    public bool IsEmpty => cells.TrueForAll(c => c.IsBlank);

    public void Clear(int number, int outlineLevel)
    {
        Number = number;
        OutlineLevel = outlineLevel;
        cells.Clear();
    }

    public void Add(SheetCell cell) => cells.Add(cell);

    /// <summary>The cell in the column, or an empty cell.</summary>
    public SheetCell this[int column]
    {
        get
        {
            if (column < 0)
            {
                return default;
            }

            foreach (var cell in cells)
            {
                if (cell.Column == column)
                {
                    return cell;
                }
            }

            return new SheetCell(column, CellKind.Empty, 0m, null, default, false);
        }
    }
}
