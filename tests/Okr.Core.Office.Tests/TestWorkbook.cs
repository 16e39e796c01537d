using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Okr.Core.Office.Tests;

/// <summary>
/// Builds workbooks the way spreadsheet tools store them, with the Open XML SDK: text in the shared string table,
/// numbers with percent (0%) and date (serial) formats, formulas with or without a cached value, merged cells, indented
/// cells and outline levels. Cells are given as (reference, value) pairs; see the factory methods.
/// </summary>
internal sealed class TestWorkbook
{
    public const uint PercentStyle = 1;
    public const uint DateStyle = 2;
    public const uint Indent1Style = 3;
    public const uint Indent2Style = 4;

    private readonly List<(string Name, List<(int Row, int OutlineLevel, List<TestCell> Cells)> Rows, List<string> Merges)> sheets = [];

    public TestWorkbook Sheet(string name)
    {
        sheets.Add((name, [], []));
        return this;
    }

    public TestWorkbook Row(int row, params TestCell[] cells) => OutlinedRow(row, 0, cells);

    public TestWorkbook OutlinedRow(int row, int outlineLevel, params TestCell[] cells)
    {
        sheets[^1].Rows.Add((row, outlineLevel, [.. cells]));
        return this;
    }

    public TestWorkbook Merge(string range)
    {
        sheets[^1].Merges.Add(range);
        return this;
    }

    public static TestCell Text(string reference, string text, uint style = 0) => new(reference, text, null, style, null, true);

    public static TestCell Number(string reference, double value, uint style = 0) => new(reference, null, value, style, null, true);

    public static TestCell Percent(string reference, double ratio) => new(reference, null, ratio, PercentStyle, null, true);

    public static TestCell Date(string reference, DateOnly day) =>
        new(reference, null, day.DayNumber - new DateOnly(1899, 12, 30).DayNumber, DateStyle, null, true);

    public static TestCell Formula(string reference, string formula, double? cached, uint style = 0) => new(reference, null, cached, style, formula, cached is not null);

    public MemoryStream ToStream()
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var strings = new List<string>();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles();
            var sheetList = new Sheets();
            uint id = 1;
            foreach (var (name, rows, merges) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = BuildSheet(rows, merges, strings);
                sheetList.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
            }

            var table = workbook.AddNewPart<SharedStringTablePart>();
            table.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })))
            { Count = (uint)strings.Count, UniqueCount = (uint)strings.Count };
            workbook.Workbook = new Workbook(sheetList);
        }

        stream.Position = 0;
        return stream;
    }

    private static Worksheet BuildSheet(List<(int Row, int OutlineLevel, List<TestCell> Cells)> rows, List<string> merges, List<string> strings)
    {
        var data = new SheetData();
        foreach (var (number, outline, cells) in rows.OrderBy(r => r.Row))
        {
            var row = new Row { RowIndex = (uint)number };
            if (outline > 0)
            {
                row.OutlineLevel = (byte)outline;
            }

            foreach (var cell in cells)
            {
                row.Append(cell.ToCell(strings));
            }

            data.Append(row);
        }

        var sheet = new Worksheet(data);
        if (merges.Count > 0)
        {
            sheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Count });
        }

        return sheet;
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "d mmm yyyy" }) { Count = 1 },
        new Fonts(new Font()) { Count = 1 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 9, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat(new DocumentFormat.OpenXml.Spreadsheet.Alignment { Indent = 1 }) { ApplyAlignment = true },
            new CellFormat(new DocumentFormat.OpenXml.Spreadsheet.Alignment { Indent = 2 }) { ApplyAlignment = true })
        { Count = 5 });
}

/// <summary>One cell of a <see cref="TestWorkbook"/>.</summary>
internal sealed record TestCell(string Reference, string? Text, double? Number, uint Style, string? Formula, bool HasValue)
{
    public Cell ToCell(List<string> strings)
    {
        var cell = new Cell { CellReference = Reference };
        if (Style != 0)
        {
            cell.StyleIndex = Style;
        }

        if (Formula is not null)
        {
            cell.CellFormula = new CellFormula(Formula);
        }

        if (Text is not null)
        {
            cell.DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.SharedString;
            strings.Add(Text);
            cell.CellValue = new CellValue((strings.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else if (Number is { } number && HasValue)
        {
            cell.CellValue = new CellValue(number.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        }

        return cell;
    }
}
