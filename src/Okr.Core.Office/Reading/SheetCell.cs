namespace Okr.Core.Office;

/// <summary>What a cell holds, as Excel stores it.</summary>
internal enum CellKind : byte
{
    Empty = 0,
    Number = 1,
    Text = 2,
    Boolean = 3,
    Error = 4,
}

/// <summary>
/// One cell as stored: a number (kept as the exact decimal of its stored text), text (shared, inline or a formula's
/// string result), a boolean or an error, with its format (percent, date, indent) and whether it is a formula with or
/// without a cached value.
/// </summary>
internal readonly record struct SheetCell(int Column, CellKind Kind, decimal Number, string? Text, CellFormatInfo Style, bool IsFormula)
{
    /// <summary>A formula whose result Excel did not store (a file written by a tool that does not calculate).</summary>
    public bool IsUncalculatedFormula => IsFormula && Kind == CellKind.Empty;

    public bool IsBlank => Kind == CellKind.Empty || (Kind == CellKind.Text && string.IsNullOrWhiteSpace(Text));

    /// <summary>The cell as text: the string, or the number in invariant form, or TRUE/FALSE.</summary>
    public string AsText() => Kind switch
    {
        CellKind.Text or CellKind.Error => Text ?? string.Empty,
        CellKind.Number => Number.ToString(CultureInfo.InvariantCulture),
        CellKind.Boolean => Number != 0 ? "TRUE" : "FALSE",
        _ => string.Empty,
    };
}
