using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Okr.Core.Office;

/// <summary>
/// Writes one worksheet row by row into its package part, so memory does not grow with the rows. The sheet's frame
/// (properties, frozen header view, column widths, and after the rows the auto filter, conditional formats and page
/// setup) is made of the Open XML SDK's typed elements; the rows and cells, the bulk of the part, go straight to the
/// XML writer without a string per cell: the cell reference is written from cached column letters and the row's
/// digits, numbers are formatted into a reused buffer, style numbers come from a cached table, and text is written
/// inline (no shared string table held in memory).
/// </summary>
internal sealed class SheetWriter : IDisposable
{
    private const string Main = WorkbookPackage.MainNamespace;
    private static readonly string[] ColumnLetters = [.. Enumerable.Range(0, 64).Select(CellAddress.Column)];
    private static readonly string[] Numbers = [.. Enumerable.Range(0, 64).Select(i => i.ToString(CultureInfo.InvariantCulture))];
    private readonly XmlWriter writer;
    private readonly int columnCount;
    private readonly char[] rowDigits = new char[11];
    private readonly char[] buffer = new char[64];
    private int rowDigitCount;
    private bool rowOpen;

    public SheetWriter(XmlWriter writer, double[] widths, bool selected, bool summaryAbove, int maxOutlineLevel)
    {
        this.writer = writer;
        columnCount = widths.Length;
        writer.WriteStartElement("worksheet", Main);
        writer.WriteAttributeString("xmlns", "x", null, Main);
        // Printed (or converted to PDF) landscape, as wide as one page.
        Element(summaryAbove
            ? new SheetProperties(new OutlineProperties { SummaryBelow = false }, new PageSetupProperties { FitToPage = true })
            : new SheetProperties(new PageSetupProperties { FitToPage = true }));

        Element(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0, TabSelected = selected }));
        var format = new SheetFormatProperties { DefaultRowHeight = 15 };
        if (maxOutlineLevel > 0)
        {
            format.OutlineLevelRow = (byte)Math.Min(maxOutlineLevel, 7);
        }

        Element(format);
        var columns = new Columns();
        for (int i = 0; i < widths.Length; i++)
        {
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
        }

        Element(columns);
        writer.WriteStartElement("sheetData", Main);
    }

    /// <summary>The rows written so far, the header included.</summary>
    public int Rows { get; private set; }

    public void Header(params string[] titles)
    {
        StartRow(0);
        for (int i = 0; i < titles.Length; i++)
        {
            Text(i, titles[i], WorkbookStyles.Header);
        }

        EndRow();
    }

    public void StartRow(int outlineLevel)
    {
        Rows++;
        Rows.TryFormat(rowDigits, out rowDigitCount, default, CultureInfo.InvariantCulture);
        writer.WriteStartElement("row", Main);
        writer.WriteStartAttribute("r");
        writer.WriteChars(rowDigits, 0, rowDigitCount);
        writer.WriteEndAttribute();
        if (outlineLevel > 0)
        {
            writer.WriteAttributeString("outlineLevel", Numbers[Math.Min(outlineLevel, 7)]);
        }

        rowOpen = true;
    }

    public void EndRow()
    {
        writer.WriteEndElement();
        rowOpen = false;
    }

    public void Text(int column, string? text, uint style = 0)
    {
        if (string.IsNullOrEmpty(text))
        {
            Empty(column, style);
            return;
        }

        StartInline(column, style, char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));
        writer.WriteString(Clean(text));
        EndInline();
    }

    /// <summary>A text cell holding the items separated by commas (written piece by piece, never joined).</summary>
    public void Joined(int column, ImmutableArray<string> items, uint style = 0)
    {
        if (items.IsDefaultOrEmpty)
        {
            Empty(column, style);
            return;
        }

        StartInline(column, style, preserveSpace: false);
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                writer.WriteString(", ");
            }

            writer.WriteString(Clean(items[i]));
        }

        EndInline();
    }

    /// <summary>A text cell holding a value formatted without an intermediate string (an ISO 8601 moment, for example).</summary>
    public void Formatted<T>(int column, T value, string? format, uint style = 0)
        where T : ISpanFormattable
    {
        if (!value.TryFormat(buffer, out int written, format, CultureInfo.InvariantCulture))
        {
            Text(column, value.ToString(format, CultureInfo.InvariantCulture), style);
            return;
        }

        StartInline(column, style, preserveSpace: false);
        writer.WriteChars(buffer, 0, written);
        EndInline();
    }

    public void Number(int column, decimal? value, uint style = 0)
    {
        if (value is not { } number)
        {
            Empty(column, style);
            return;
        }

        StartCell(column, style, null);
        writer.WriteStartElement("v", Main);
        number.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture);
        writer.WriteChars(buffer, 0, written);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    public void Day(int column, DateOnly? day) => Number(column, day is { } d ? ExcelDate.Serial(d) : null, WorkbookStyles.Date);

    public void Moment(int column, DateTimeOffset? moment) =>
        Number(column, moment is { } m ? Math.Round(ExcelDate.Serial(m.DateTime), 10) : null, WorkbookStyles.DateTime);

    /// <summary>Closes the sheet data and writes the auto filter over the header and rows, then the extra elements
    /// (conditional formats) in schema order.</summary>
    public void Finish(bool autoFilter, params OpenXmlElement[] after)
    {
        if (rowOpen)
        {
            EndRow();
        }

        writer.WriteEndElement();
        if (autoFilter && Rows > 0)
        {
            Element(new AutoFilter { Reference = $"A1:{CellAddress.Of(columnCount - 1, Math.Max(Rows, 1))}" });
        }

        foreach (var element in after)
        {
            Element(element);
        }

        Element(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 });
        Element(new PageSetup { Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        writer.WriteEndElement();
    }

    public void Dispose() => writer.Dispose();

    private void Element(OpenXmlElement element) => element.WriteTo(writer);

    private void Empty(int column, uint style)
    {
        if (style != 0)
        {
            StartCell(column, style, null);
            writer.WriteEndElement();
        }
    }

    private void StartInline(int column, uint style, bool preserveSpace)
    {
        StartCell(column, style, "inlineStr");
        writer.WriteStartElement("is", Main);
        writer.WriteStartElement("t", Main);
        if (preserveSpace)
        {
            writer.WriteAttributeString("xml", "space", null, "preserve");
        }
    }

    private void EndInline()
    {
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private void StartCell(int column, uint style, string? type)
    {
        writer.WriteStartElement("c", Main);
        writer.WriteStartAttribute("r");
        writer.WriteString(column < ColumnLetters.Length ? ColumnLetters[column] : CellAddress.Column(column));
        writer.WriteChars(rowDigits, 0, rowDigitCount);
        writer.WriteEndAttribute();
        if (style != 0)
        {
            writer.WriteAttributeString("s", style < Numbers.Length ? Numbers[style] : style.ToString(CultureInfo.InvariantCulture));
        }

        if (type is not null)
        {
            writer.WriteAttributeString("t", type);
        }
    }

    /// <summary>Text without the characters XML cannot hold (control characters other than tab and line breaks,
    /// unpaired surrogates, U+FFFE and U+FFFF), at most Excel's 32,767 characters per cell.</summary>
    private static string Clean(string text)
    {
        if (text.Length > 32767)
        {
            text = text[..(char.IsHighSurrogate(text[32766]) ? 32766 : 32767)];
        }

        int kept = 0;
        for (int i = 0; i < text.Length; i++)
        {
            kept += Keeps(text, i) ? 1 : 0;
        }

        if (kept == text.Length)
        {
            return text;
        }

        return string.Create(kept, text, static (span, source) =>
        {
            int at = 0;
            for (int i = 0; i < source.Length; i++)
            {
                if (Keeps(source, i))
                {
                    span[at++] = source[i];
                }
            }
        });
    }

    private static bool Keeps(string text, int i)
    {
        char c = text[i];
        return c switch
        {
            '\t' or '\n' or '\r' => true,
            < ' ' or '\uFFFE' or '\uFFFF' => false,
            _ when char.IsHighSurrogate(c) => i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]),
            _ when char.IsLowSurrogate(c) => i > 0 && char.IsHighSurrogate(text[i - 1]),
            _ => true,
        };
    }
}
