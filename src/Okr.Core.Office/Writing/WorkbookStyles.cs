using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using CellAlignment = DocumentFormat.OpenXml.Spreadsheet.Alignment;

namespace Okr.Core.Office;

/// <summary>The written workbook's cell formats: header, percent, date, score, one fill per status, and bold or plain
/// titles at each indentation level.</summary>
internal static class WorkbookStyles
{
    public const int MaxIndent = 10;
    public const uint Header = 1;
    public const uint Percent = 2;
    public const uint Date = 3;
    public const uint DateTime = 4;
    public const uint Decimal2 = 5;
    public const uint Wrap = 6;
    public const uint AboutTitle = 7;
    public const uint Bold = 8;
    private const uint StatusBase = 9;                           // 7 statuses
    private const uint PlainIndentBase = StatusBase + 7;         // indent 0..MaxIndent
    private const uint BoldIndentBase = PlainIndentBase + MaxIndent + 1;

    private const uint DateFormatId = 164;
    private const uint DateTimeFormatId = 165;

    /// <summary>The fill colour (ARGB) of each status, by <see cref="OkrStatus"/> value.</summary>
    private static readonly string[] StatusColours =
    [
        "FFEDEDED", // not scored
        "FFEDEDED", // not started
        "FFC6EFCE", // on track
        "FFFFEB9C", // behind
        "FFFFC7CE", // at risk
        "FFBDD7EE", // achieved
        "FFD9D9D9", // closed
    ];

    public static uint Status(OkrStatus status) => StatusBase + (uint)Math.Clamp((int)status, 0, 6);

    /// <summary>Plain text indented one step: a gap after a right-aligned number in the column before it (the score
    /// before "Value vs target" ran into the text in LibreOffice).</summary>
    public static uint Spaced => Title(1, bold: false);

    public static uint Title(int indent, bool bold) => (bold ? BoldIndentBase : PlainIndentBase) + (uint)Math.Clamp(indent, 0, MaxIndent);

    public static Stylesheet Build()
    {
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFD9E1F2"));
        foreach (string colour in StatusColours)
        {
            fills.Append(Solid(colour));
        }

        fills.Count = (uint)fills.ChildElements.Count;
        var formats = new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true },
            new CellFormat { NumberFormatId = 9, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = DateFormatId, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = DateTimeFormatId, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 2, ApplyNumberFormat = true },
            new CellFormat(new CellAlignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true },
            new CellFormat { FontId = 2, ApplyFont = true },
            new CellFormat { FontId = 1, ApplyFont = true });
        for (int status = 0; status < StatusColours.Length; status++)
        {
            formats.Append(new CellFormat { FillId = (uint)(3 + status), ApplyFill = true });
        }

        foreach (bool bold in new[] { false, true })
        {
            for (int indent = 0; indent <= MaxIndent; indent++)
            {
                var format = new CellFormat { FontId = bold ? 1u : 0u, ApplyFont = bold };
                if (indent > 0)
                {
                    format.Append(new CellAlignment { Horizontal = HorizontalAlignmentValues.Left, Indent = (uint)indent });
                    format.ApplyAlignment = true;
                }

                formats.Append(format);
            }
        }

        formats.Count = (uint)formats.ChildElements.Count;
        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "yyyy-mm-dd" },
                new NumberingFormat { NumberFormatId = DateTimeFormatId, FormatCode = "yyyy-mm-dd hh:mm" }) { Count = 2 },
            new Fonts(Font(false, 11), Font(true, 11), Font(true, 16)) { Count = 3 },
            fills,
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Fill Solid(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = HexBinaryValue.FromString(argb) }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static Font Font(bool bold, double size)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new DocumentFormat.OpenXml.Spreadsheet.Bold());
        }

        font.Append(new FontSize { Val = size }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
        return font;
    }
}
