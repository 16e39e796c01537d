namespace Okr.Core.Office;

/// <summary>
/// Thrown when a whole file cannot be read as an OKR workbook: it is not a zip package, it is truncated or damaged, it
/// would inflate beyond the size limit (a zip bomb, refused before inflating), it is password-protected (an encrypted
/// OLE compound file), it is an old binary <c>.xls</c> workbook, or no sheet has a recognisable header row. The message
/// names the file and, where there is one, the sheet and the cell. A bad row never throws: it is reported in
/// <see cref="WorkbookImport.Problems"/>.
/// </summary>
public sealed class OfficeFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">The file (or the name given for a stream).</param>
    /// <param name="sheet">The sheet, or null when the problem is not in one sheet.</param>
    /// <param name="cell">The cell in A1 notation, or null.</param>
    /// <param name="problem">What is wrong, in a sentence.</param>
    /// <param name="inner">The underlying exception, or null.</param>
    public OfficeFormatException(string fileName, string? sheet, string? cell, string problem, Exception? inner = null)
        : base(Compose(fileName, sheet, cell, problem), inner)
    {
        FileName = fileName;
        Sheet = sheet;
        Cell = cell;
        Problem = problem;
    }

    /// <summary>The file (or the name given for a stream).</summary>
    public string FileName { get; }

    /// <summary>The sheet, or null when the problem is not in one sheet.</summary>
    public string? Sheet { get; }

    /// <summary>The cell in A1 notation, or null.</summary>
    public string? Cell { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    private static string Compose(string fileName, string? sheet, string? cell, string problem)
    {
        string where = sheet is null ? fileName
            : cell is null ? $"{fileName}, sheet '{sheet}'"
            : $"{fileName}, sheet '{sheet}', cell {cell}";
        return $"{where}: {problem}";
    }
}
