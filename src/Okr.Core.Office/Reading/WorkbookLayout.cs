namespace Okr.Core.Office;

/// <summary>How a sheet lays out objectives and key results.</summary>
public enum WorkbookLayout
{
    /// <summary>One row per key result, the objective in its own column (repeated, merged across its rows, or left
    /// blank below its first row).</summary>
    RowPerKeyResult = 0,

    /// <summary>An objective row followed by its key results' rows, told apart by a type column.</summary>
    OutlineByType = 1,

    /// <summary>An objective row followed by its key results' rows, told apart by indentation (cell indent, outline
    /// level or leading spaces) or, without any, by a <c>KR</c> prefix or by having values.</summary>
    OutlineByIndent = 2,
}
