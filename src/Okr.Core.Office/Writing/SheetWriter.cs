using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Okr.Core.Office;

/// <summary>
/// Writes one worksheet with <see cref="OpenXmlWriter"/>, row by row, so memory does not grow with the rows: the element
/// instances and the attribute list are reused, strings are written inline (no shared string table held in memory).
/// Writes the frozen header row, column widths, outline summary above, then the rows, then the auto filter and any
/// conditional formats.
/// </summary>
internal sealed class SheetWriter : IDisposable
{
    private static readonly Row RowElement = new();
    private static readonly Cell CellElement = new();
    private static readonly CellValue ValueElement = new();
    private static readonly InlineString InlineElement = new();
    private static readonly Text TextElement = new();
    private static readonly OpenXmlAttribute PreserveSpace = new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");
    private readonly OpenXmlWriter writer;
    private readonly List<OpenXmlAttribute> attributes = new(4);
    private readonly int columnCount;
    private bool rowOpen;

    public SheetWriter(WorksheetPart part, double[] widths, bool selected, bool summaryAbove, int maxOutlineLevel)
    {
        writer = OpenXmlWriter.Create(part);
        columnCount = widths.Length;
        writer.WriteStartElement(new Worksheet());
        // Printed (or converted to PDF) landscape, as wide as one page.
        writer.WriteElement(summaryAbove
            ? new SheetProperties(new OutlineProperties { SummaryBelow = false }, new PageSetupProperties { FitToPage = true })
            : new SheetProperties(new PageSetupProperties { FitToPage = true }));

        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0, TabSelected = selected }));
        var format = new SheetFormatProperties { DefaultRowHeight = 15 };
        if (maxOutlineLevel > 0)
        {
            format.OutlineLevelRow = (byte)Math.Min(maxOutlineLevel, 7);
        }

        writer.WriteElement(format);
        var columns = new Columns();
        for (int i = 0; i < widths.Length; i++)
        {
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
        }

        writer.WriteElement(columns);
        writer.WriteStartElement(new SheetData());
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
        attributes.Clear();
        attributes.Add(new OpenXmlAttribute("r", string.Empty, Rows.ToString(CultureInfo.InvariantCulture)));
        if (outlineLevel > 0)
        {
            attributes.Add(new OpenXmlAttribute("outlineLevel", string.Empty, Math.Min(outlineLevel, 7).ToString(CultureInfo.InvariantCulture)));
        }

        writer.WriteStartElement(RowElement, attributes);
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
            if (style != 0)
            {
                StartCell(column, style, null);
                writer.WriteEndElement();
            }

            return;
        }

        StartCell(column, style, "inlineStr");
        writer.WriteStartElement(InlineElement);
        attributes.Clear();
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            attributes.Add(PreserveSpace);
        }

        writer.WriteStartElement(TextElement, attributes);
        writer.WriteString(Clean(text));
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    public void Number(int column, decimal? value, uint style = 0)
    {
        if (value is not { } number)
        {
            Text(column, null, style);
            return;
        }

        StartCell(column, style, null);
        writer.WriteStartElement(ValueElement);
        writer.WriteString(number.ToString(CultureInfo.InvariantCulture));
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
            writer.WriteElement(new AutoFilter { Reference = $"A1:{CellAddress.Of(columnCount - 1, Math.Max(Rows, 1))}" });
        }

        foreach (var element in after)
        {
            writer.WriteElement(element);
        }

        writer.WriteElement(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 });
        writer.WriteElement(new PageSetup { Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });

        writer.WriteEndElement();
    }

    public void Dispose() => writer.Dispose();

    private void StartCell(int column, uint style, string? type)
    {
        attributes.Clear();
        attributes.Add(new OpenXmlAttribute("r", string.Empty, CellAddress.Of(column, Rows)));
        if (style != 0)
        {
            attributes.Add(new OpenXmlAttribute("s", string.Empty, style.ToString(CultureInfo.InvariantCulture)));
        }

        if (type is not null)
        {
            attributes.Add(new OpenXmlAttribute("t", string.Empty, type));
        }

        writer.WriteStartElement(CellElement, attributes);
    }

    /// <summary>Text without the control characters XML cannot hold, at most Excel's 32,767 characters per cell.</summary>
    private static string Clean(string text)
    {
        if (text.Length > 32767)
        {
            text = text[..32767];
        }

        foreach (char c in text)
        {
            if (c < ' ' && c is not ('\t' or '\n' or '\r'))
            {
                return new string([.. text.Where(ch => ch >= ' ' || ch is '\t' or '\n' or '\r')]);
            }
        }

        return text;
    }
}
