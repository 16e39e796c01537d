using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Okr.Core.Office;

/// <summary>
/// Streams a worksheet's rows from its part with an <see cref="XmlReader"/>: one row is held at a time (the same
/// <see cref="SheetRow"/> instance, refilled), so memory does not grow with the sheet. Element and attribute names are
/// compared as atomized references; cell references, style numbers, numbers and shared string indexes are parsed from
/// a reused character buffer, so only the text a cell holds becomes a string. Cells are resolved against the shared
/// strings and the cell formats. (The SDK's OpenXmlReader allocates an element object and an attribute list for every
/// element it passes; on a 100,000-row sheet that was most of the reading's garbage.)
/// </summary>
internal sealed class SheetRowReader : IDisposable
{
    private readonly XmlReader reader;
    private readonly IReadOnlyList<string> sharedStrings;
    private readonly CellFormatTable styles;
    private readonly SheetRow row = new();
    private readonly char[] buffer = new char[128];
    private readonly string sheetDataName;
    private readonly string rowName;
    private readonly string cellName;
    private readonly string valueName;
    private readonly string formulaName;
    private readonly string textName;
    private readonly string phoneticName;
    private readonly string referenceName;
    private readonly string styleName;
    private readonly string typeName;
    private readonly string outlineName;
    private int lastRowNumber;
    private bool inSheetData;
    private bool finished;

    public SheetRowReader(WorksheetPart part, IReadOnlyList<string> sharedStrings, CellFormatTable styles, long maxCharacters)
    {
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        var names = new NameTable();
        sheetDataName = names.Add("sheetData");
        rowName = names.Add("row");
        cellName = names.Add("c");
        valueName = names.Add("v");
        formulaName = names.Add("f");
        textName = names.Add("t");
        phoneticName = names.Add("rPh");
        referenceName = names.Add("r");
        styleName = names.Add("s");
        typeName = textName;
        outlineName = names.Add("outlineLevel");
        reader = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), new XmlReaderSettings
        {
            NameTable = names,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersInDocument = maxCharacters,
            CloseInput = true,
        });
    }

    /// <summary>Reads the next row element; false at the end of the sheet data. The returned row is reused by the next call.</summary>
    public bool TryRead(out SheetRow next)
    {
        next = row;
        while (!finished && reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (Is(sheetDataName))
                {
                    inSheetData = !reader.IsEmptyElement;
                }
                else if (inSheetData && Is(rowName))
                {
                    ReadRow();
                    return true;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && Is(sheetDataName))
            {
                finished = true;
            }
        }

        finished = true;
        return false;
    }

    public void Dispose() => reader.Dispose();

    /// <summary>A stored number as the exact decimal of its text (so 0.1 stays 0.1); a double outside the decimal range fails.</summary>
    internal static bool TryNumber(ReadOnlySpan<char> text, out decimal number)
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

    private bool Is(string atomizedName) => ReferenceEquals(reader.LocalName, atomizedName);

    private void ReadRow()
    {
        int number = lastRowNumber + 1;
        int outline = 0;
        bool empty = reader.IsEmptyElement;
        while (reader.MoveToNextAttribute())
        {
            if (Is(referenceName) && int.TryParse(AttributeChars(), NumberStyles.None, CultureInfo.InvariantCulture, out int r))
            {
                number = r;
            }
            else if (Is(outlineName) && int.TryParse(AttributeChars(), NumberStyles.None, CultureInfo.InvariantCulture, out int level))
            {
                outline = level;
            }
        }

        lastRowNumber = number;
        row.Clear(number, outline);
        if (empty)
        {
            return;
        }

        int nextColumn = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && Is(rowName))
            {
                return;
            }

            if (reader.NodeType == XmlNodeType.Element && Is(cellName))
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
        var type = CellType.Number;
        int style = 0;
        bool empty = reader.IsEmptyElement;
        while (reader.MoveToNextAttribute())
        {
            if (Is(referenceName))
            {
                int parsed = CellAddress.ColumnIndex(AttributeChars());
                column = parsed >= 0 ? parsed : defaultColumn;
            }
            else if (Is(typeName))
            {
                type = TypeOf(AttributeChars());
            }
            else if (Is(styleName))
            {
                style = int.TryParse(AttributeChars(), NumberStyles.None, CultureInfo.InvariantCulture, out int s) ? s : 0;
            }
        }

        var format = styles[style];
        if (empty)
        {
            return new SheetCell(column, CellKind.Empty, 0m, null, format, false);
        }

        bool formula = false;
        var cell = new SheetCell(column, CellKind.Empty, 0m, null, format, false);
        string? inline = null;
        int phonetic = 0;
        bool moved = false; // true when reading an element's text left the reader on the node after its end tag
        while (moved || reader.Read())
        {
            moved = false;
            if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (Is(cellName))
                {
                    break;
                }

                phonetic -= Is(phoneticName) ? 1 : 0;
                continue;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (Is(formulaName))
            {
                formula = true;
            }
            else if (Is(valueName) && !reader.IsEmptyElement)
            {
                cell = ReadValue(column, type, format);
                moved = type is CellType.Error or CellType.FormulaText;
            }
            else if (Is(phoneticName) && !reader.IsEmptyElement)
            {
                phonetic++;
            }
            else if (Is(textName) && type == CellType.Inline && phonetic == 0 && !reader.IsEmptyElement)
            {
                // Usually one <t>; rich text has one per run, joined.
                string run = reader.ReadElementContentAsString();
                inline = inline is null ? run : string.Concat(inline, run);
                moved = true;
            }
        }

        if (type == CellType.Inline)
        {
            cell = new SheetCell(column, inline is null ? CellKind.Empty : CellKind.Text, 0m, inline, format, false);
        }

        return cell with { IsFormula = formula };
    }

    /// <summary>The cell from its stored value: a number or a shared string index parsed from the characters, text kept.</summary>
    private SheetCell ReadValue(int column, CellType type, CellFormatInfo format)
    {
        switch (type)
        {
            case CellType.Number or CellType.Boolean or CellType.Shared:
                var chars = ElementChars(out string? whole);
                if (type == CellType.Shared)
                {
                    string? shared = int.TryParse(chars, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < sharedStrings.Count ? sharedStrings[index] : null;
                    return new SheetCell(column, shared is null ? CellKind.Empty : CellKind.Text, 0m, shared, format, false);
                }

                if (type == CellType.Boolean)
                {
                    return new SheetCell(column, chars.IsEmpty ? CellKind.Empty : CellKind.Boolean, chars is "1" ? 1m : 0m, null, format, false);
                }

                if (chars.Trim().IsEmpty)
                {
                    return new SheetCell(column, CellKind.Empty, 0m, null, format, false);
                }

                return TryNumber(chars, out decimal number)
                    ? new SheetCell(column, CellKind.Number, number, null, format, false)
                    : new SheetCell(column, CellKind.Text, 0m, whole ?? chars.ToString(), format, false);
            case CellType.Error:
                return new SheetCell(column, CellKind.Error, 0m, reader.ReadElementContentAsString(), format, false);
            case CellType.Inline:
                return new SheetCell(column, CellKind.Empty, 0m, null, format, false);
            default:
                string text = reader.ReadElementContentAsString();
                return new SheetCell(column, CellKind.Text, 0m, text, format, false);
        }
    }

    /// <summary>The current attribute's value as characters in the reused buffer (cut at the buffer's length: no
    /// reference, style number or type is that long).</summary>
    private ReadOnlySpan<char> AttributeChars()
    {
        if (!reader.ReadAttributeValue())
        {
            return [];
        }

        int length = 0;
        int read;
        while (length < buffer.Length && (read = reader.ReadValueChunk(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        return buffer.AsSpan(0, length);
    }

    /// <summary>The text of the current element (a number, an index) in the reused buffer; <paramref name="whole"/> is
    /// set instead when it does not fit. The reader ends on the element's end tag.</summary>
    private ReadOnlySpan<char> ElementChars(out string? whole)
    {
        whole = null;
        System.Text.StringBuilder? spill = null;
        int length = 0;
        while (reader.Read() && reader.NodeType != XmlNodeType.EndElement)
        {
            if (reader.NodeType is not (XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA))
            {
                continue;
            }

            int read;
            while ((read = reader.ReadValueChunk(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
                if (length == buffer.Length)
                {
                    (spill ??= new()).Append(buffer);
                    length = 0;
                }
            }
        }

        if (spill is null)
        {
            return buffer.AsSpan(0, length);
        }

        whole = spill.Append(buffer, 0, length).ToString();
        return whole.AsSpan();
    }

    private static CellType TypeOf(ReadOnlySpan<char> type) => type switch
    {
        "s" => CellType.Shared,
        "inlineStr" => CellType.Inline,
        "str" => CellType.FormulaText,
        "b" => CellType.Boolean,
        "e" => CellType.Error,
        _ => CellType.Number,
    };

    private enum CellType : byte
    {
        Number,
        Shared,
        Inline,
        FormulaText,
        Boolean,
        Error,
    }
}
