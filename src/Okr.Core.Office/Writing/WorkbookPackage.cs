using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;

namespace Okr.Core.Office;

/// <summary>
/// Writes a workbook package part by part straight into a zip in create mode, each part compressed as it is written,
/// so no part is held in memory. (The Open XML SDK's package opens its zip in update mode, where .NET keeps every
/// entry's uncompressed bytes in memory until the package closes: a 100,000-row sheet cost about a gigabyte.) The
/// package is the minimal SpreadsheetML one: content types, the package relationship to the workbook, the workbook
/// with its relationships to the worksheets and the styles, the styles, and the worksheets in order.
/// </summary>
internal sealed class WorkbookPackage : IDisposable
{
    public const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = true };
    private readonly ZipArchive zip;

    public WorkbookPackage(Stream output) => zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);

    /// <summary>Writes content types, relationships, the workbook (one sheet per name, the first selected) and the
    /// styles; the worksheets follow with <see cref="OpenSheet"/>, in the same order.</summary>
    public void WriteFrame(IReadOnlyList<string> sheetNames, OpenXmlElement styles)
    {
        using (var xml = Open("[Content_Types].xml"))
        {
            xml.WriteStartElement("Types", ContentTypesNamespace);
            Default(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            Default(xml, "xml", "application/xml");
            Override(xml, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
            Override(xml, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
            for (int i = 1; i <= sheetNames.Count; i++)
            {
                Override(xml, $"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
            }

            xml.WriteEndElement();
        }

        using (var xml = Open("_rels/.rels"))
        {
            xml.WriteStartElement("Relationships", RelationshipsNamespace);
            Relationship(xml, "rId1", OfficeRelationships + "/officeDocument", "xl/workbook.xml");
            xml.WriteEndElement();
        }

        using (var xml = Open("xl/_rels/workbook.xml.rels"))
        {
            xml.WriteStartElement("Relationships", RelationshipsNamespace);
            for (int i = 1; i <= sheetNames.Count; i++)
            {
                Relationship(xml, $"rId{i}", OfficeRelationships + "/worksheet", $"worksheets/sheet{i}.xml");
            }

            Relationship(xml, $"rId{sheetNames.Count + 1}", OfficeRelationships + "/styles", "styles.xml");
            xml.WriteEndElement();
        }

        using (var xml = Open("xl/workbook.xml"))
        {
            xml.WriteStartElement("workbook", MainNamespace);
            xml.WriteAttributeString("xmlns", "r", null, OfficeRelationships);
            xml.WriteStartElement("bookViews", MainNamespace);
            xml.WriteStartElement("workbookView", MainNamespace);
            xml.WriteAttributeString("activeTab", "0");
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteStartElement("sheets", MainNamespace);
            for (int i = 1; i <= sheetNames.Count; i++)
            {
                xml.WriteStartElement("sheet", MainNamespace);
                xml.WriteAttributeString("name", sheetNames[i - 1]);
                xml.WriteAttributeString("sheetId", i.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("id", OfficeRelationships, $"rId{i}");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        using (var xml = Open("xl/styles.xml"))
        {
            styles.WriteTo(xml);
        }
    }

    /// <summary>The XML writer of worksheet <paramref name="number"/> (1-based); dispose it before opening the next.</summary>
    public XmlWriter OpenSheet(int number) => Open($"xl/worksheets/sheet{number}.xml");

    public void Dispose() => zip.Dispose();

    private XmlWriter Open(string path)
    {
        var xml = XmlWriter.Create(zip.CreateEntry(path, CompressionLevel.Optimal).Open(), Settings);
        xml.WriteStartDocument(standalone: true);
        return xml;
    }

    private static void Default(XmlWriter xml, string extension, string contentType)
    {
        xml.WriteStartElement("Default", ContentTypesNamespace);
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Override(XmlWriter xml, string partName, string contentType)
    {
        xml.WriteStartElement("Override", ContentTypesNamespace);
        xml.WriteAttributeString("PartName", partName);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Relationship(XmlWriter xml, string id, string type, string target)
    {
        xml.WriteStartElement("Relationship", RelationshipsNamespace);
        xml.WriteAttributeString("Id", id);
        xml.WriteAttributeString("Type", type);
        xml.WriteAttributeString("Target", target);
        xml.WriteEndElement();
    }
}
