using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Okr.Core.Office;

/// <summary>
/// Streams a worksheet's rows with <see cref="OpenXmlReader"/>: one row is held at a time (the same <see cref="SheetRow"/>
/// instance, refilled), so memory does not grow with the sheet. Cells are resolved against the shared strings and the
/// cell formats.
/// </summary>
internal sealed class SheetRowReader : IDisposable
{
    private readonly OpenXmlReader reader;
    private readonly IReadOnlyList<string> sharedStrings;
    private readonly CellFormatTable styles;
    private readonly SheetRow row = new();
    private int lastRowNumber;

    public SheetRowReader(WorksheetPart part, IReadOnlyList<string> sharedStrings, CellFormatTable styles)
    {
        reader = OpenXmlReader.Create(part);
        this.sharedStrings = sharedStrings;
        this.styles = styles;
    }

    /// <summary>Reads the next row element; false at the end of the sheet data. The returned row is reused by the next call.</summary>
    public bool TryRead(out SheetRow next)
    {
        next = row;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                ReadRow();
                return true;
            }

            if (reader.ElementType == typeof(SheetData) && reader.IsEndElement)
            {
                return false;
            }
        }

        return false;
    }

    private void ReadRow()
    {
        int number = lastRowNumber + 1;
        int outline = 0;
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == "r" && int.TryParse(attribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int r))
            {
                number = r;
            }
            else if (attribute.LocalName == "outlineLevel" && int.TryParse(attribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int level))
            {
                outline = level;
            }
        }

        lastRowNumber = number;
        row.Clear(number, outline);
        int nextColumn = 0;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsEndElement)
            {
                return;
            }

            if (reader.ElementType == typeof(Cell) && reader.IsStartElement)
            {
                var cell = ReadCell(nextColumn);
                nextColumn = cell.Column + 1;
                if (cell.Kind != CellKind.Empty || cell.IsFormula || cell.Style.Indent > 0)
                {
                    row.Add(cell);
                }
            }
        }
    }

    private SheetCell ReadCell(int defaultColumn)
    {
        int column = defaultColumn;
        string? type = null;
        int style = 0;
        foreach (var attribute in reader.Attributes)
        {
            switch (attribute.LocalName)
            {
                case "r":
                    int parsed = CellAddress.ColumnIndex(attribute.Value);
                    column = parsed >= 0 ? parsed : defaultColumn;
                    break;
                case "t":
                    type = attribute.Value;
                    break;
                case "s":
                    style = int.TryParse(attribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int s) ? s : 0;
                    break;
            }
        }

        string? value = null;
        var inline = (System.Text.StringBuilder?)null;
        bool formula = false;
        while (reader.Read())
        {
            var elementType = reader.ElementType;
            if (elementType == typeof(Cell) && reader.IsEndElement)
            {
                break;
            }

            if (!reader.IsStartElement)
            {
                continue;
            }

            if (elementType == typeof(CellFormula))
            {
                formula = true;
            }
            else if (elementType == typeof(CellValue))
            {
                value = reader.GetText();
            }
            else if (elementType == typeof(Text))
            {
                (inline ??= new()).Append(reader.GetText());
            }
        }

        return Resolve(column, type, styles[style], value, inline?.ToString(), formula);
    }

    private SheetCell Resolve(int column, string? type, CellFormatInfo style, string? value, string? inline, bool formula)
    {
        switch (type)
        {
            case "s":
                string? shared = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < sharedStrings.Count ? sharedStrings[index] : null;
                return new SheetCell(column, shared is null ? CellKind.Empty : CellKind.Text, 0m, shared, style, formula);
            case "inlineStr":
                return new SheetCell(column, inline is null ? CellKind.Empty : CellKind.Text, 0m, inline, style, formula);
            case "str":
                return new SheetCell(column, value is null ? CellKind.Empty : CellKind.Text, 0m, value, style, formula);
            case "b":
                return new SheetCell(column, value is null ? CellKind.Empty : CellKind.Boolean, value == "1" ? 1m : 0m, value, style, formula);
            case "e":
                return new SheetCell(column, CellKind.Error, 0m, value, style, formula);
            default:
                if (string.IsNullOrEmpty(value))
                {
                    return new SheetCell(column, CellKind.Empty, 0m, null, style, formula);
                }

                return TryNumber(value, out decimal number)
                    ? new SheetCell(column, CellKind.Number, number, value, style, formula)
                    : new SheetCell(column, CellKind.Text, 0m, value, style, formula);
        }
    }

    /// <summary>A stored number as the exact decimal of its text (so 0.1 stays 0.1); a double outside the decimal range fails.</summary>
    internal static bool TryNumber(string text, out decimal number)
    {
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number))
        {
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && double.IsFinite(d) && Math.Abs(d) < 7.9e28)
        {
            number = (decimal)d;
            return true;
        }

        return false;
    }

    public void Dispose() => reader.Dispose();
}
