using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Okr.Core.Office;

/// <summary>The workbook's shared string table, read once (streamed): each item's plain text, rich-text runs joined
/// and phonetic runs left out.</summary>
internal static class SharedStrings
{
    public static List<string> Read(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        var current = new System.Text.StringBuilder();
        bool inItem = false;
        int phonetic = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            var type = reader.ElementType;
            if (type == typeof(SharedStringItem))
            {
                if (reader.IsStartElement)
                {
                    inItem = true;
                    current.Clear();
                }
                else
                {
                    inItem = false;
                    strings.Add(current.ToString());
                }
            }
            else if (type == typeof(PhoneticRun))
            {
                phonetic += reader.IsStartElement ? 1 : -1;
            }
            else if (inItem && phonetic == 0 && type == typeof(Text) && reader.IsStartElement)
            {
                current.Append(reader.GetText());
            }
        }

        return strings;
    }
}
