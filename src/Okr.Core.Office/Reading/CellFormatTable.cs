using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Okr.Core.Office;

/// <summary>What the reader needs of a cell format (<c>cellXfs</c> entry): whether its number format shows a percentage
/// or a date, and its indentation.</summary>
internal readonly record struct CellFormatInfo(bool IsPercent, bool IsDate, int Indent);

/// <summary>The workbook's cell formats, read once from the styles part (streamed).</summary>
internal sealed class CellFormatTable
{
    private readonly List<CellFormatInfo> styles;

    private CellFormatTable(List<CellFormatInfo> styles) => this.styles = styles;

    public CellFormatInfo this[int index] => index >= 0 && index < styles.Count ? styles[index] : default;

    public static CellFormatTable Read(WorkbookStylesPart? part)
    {
        var list = new List<CellFormatInfo>();
        if (part is null)
        {
            return new CellFormatTable(list);
        }

        var customFormats = new Dictionary<uint, string>();
        bool inCellFormats = false;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(NumberingFormat) && reader.IsStartElement)
            {
                var format = (NumberingFormat)reader.LoadCurrentElement()!;
                if (format.NumberFormatId?.Value is { } id)
                {
                    customFormats[id] = format.FormatCode?.Value ?? string.Empty;
                }
            }
            else if (reader.ElementType == typeof(CellFormats))
            {
                inCellFormats = reader.IsStartElement;
            }
            else if (inCellFormats && reader.ElementType == typeof(CellFormat) && reader.IsStartElement)
            {
                var format = (CellFormat)reader.LoadCurrentElement()!;
                uint numberFormat = format.NumberFormatId?.Value ?? 0;
                string? code = customFormats.GetValueOrDefault(numberFormat);
                int indent = (int)(format.Alignment?.Indent?.Value ?? 0);
                list.Add(new CellFormatInfo(IsPercentFormat(numberFormat, code), IsDateFormat(numberFormat, code), indent));
            }
        }

        return new CellFormatTable(list);
    }

    /// <summary>Built-in 9 (0%) and 10 (0.00%), or a custom code with a % outside quotes and brackets.</summary>
    internal static bool IsPercentFormat(uint id, string? code) =>
        id is 9 or 10 || (code is not null && Unquoted(code).Contains('%'));

    /// <summary>Built-in 14 to 22 and 45 to 47, or a custom code with day, month or year letters outside quotes and brackets.</summary>
    internal static bool IsDateFormat(uint id, string? code)
    {
        if (id is (>= 14 and <= 22) or (>= 45 and <= 47))
        {
            return true;
        }

        if (code is null)
        {
            return false;
        }

        string plain = Unquoted(code);
        return plain.IndexOfAny(['d', 'D', 'y', 'Y']) >= 0 || (plain.Contains('m', StringComparison.OrdinalIgnoreCase) && !plain.Contains('0') && !plain.Contains('#'));
    }

    /// <summary>The format code without quoted literals, escaped characters and bracketed sections (colours, locales).</summary>
    private static string Unquoted(string code)
    {
        var text = new System.Text.StringBuilder(code.Length);
        bool quoted = false;
        bool bracketed = false;
        for (int i = 0; i < code.Length; i++)
        {
            char c = code[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '[')
            {
                bracketed = true;
            }
            else if (!quoted && c == ']')
            {
                bracketed = false;
            }
            else if (!quoted && c == '\\')
            {
                i++;
            }
            else if (!quoted && !bracketed)
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
