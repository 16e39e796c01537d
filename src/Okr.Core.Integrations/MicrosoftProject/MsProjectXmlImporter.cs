using System.Xml;
using System.Xml.Linq;

namespace Okr.Core.Integrations;

/// <summary>
/// Imports Microsoft Project XML (MSPDI, <c>&lt;Project xmlns="http://schemas.microsoft.com/project"&gt;</c>) into
/// initiatives and tasks. Reads with <see cref="XmlReader"/>: DTDs are prohibited and no external resource is resolved,
/// and tasks are read one <c>Task</c> element at a time, so memory holds only the imported tasks.
/// </summary>
/// <remarks>
/// Task children read: <c>UID</c> (required; the key), <c>Name</c>, <c>OutlineLevel</c>, <c>Summary</c>, <c>Milestone</c>,
/// <c>IsNull</c>, <c>Start</c>, <c>Finish</c>, <c>ActualFinish</c>, <c>PercentComplete</c> and
/// <c>PredecessorLink/PredecessorUID</c>. The project's <c>LastSaved</c> becomes each task's
/// <see cref="WorkItem.LastSyncedAt"/>. A link to a summary task stands for links to all its leaf tasks, and a summary task's own links hold for every task below it. Outline
/// structure comes from document order and <c>OutlineLevel</c>, as MSPDI has no parent element.
/// </remarks>
public static partial class MsProjectXmlImporter
{
    private const string Namespace = "http://schemas.microsoft.com/project";

    /// <summary>How many levels of elements a task may nest below itself before the input is refused.</summary>
    private const int MaxTaskDepth = 64;

    /// <summary>Imports an MSPDI file.</summary>
    /// <param name="xml">The XML; read to the end, left open.</param>
    /// <param name="options">The options.</param>
    /// <returns>The initiatives, tasks and report. A bad task is skipped and reported; the rest is imported.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ImportFormatException">The XML is malformed, has a DTD, nests elements inside a task more than 64 levels deep,
    /// or its root is not an MSPDI <c>Project</c>.</exception>
    public static ImportResult Import(Stream xml, MsProjectImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(options);
        var collector = new ImportCollector(options, "msproject", "Microsoft Project", StatusMapping.MicrosoftProject);
        var dates = new DateReader(options, MsProjectImportOptions.DefaultDateFormats);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        };

        var outline = new List<(int Level, string Uid, bool Summary)>();
        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        var summaryLinks = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        DateTimeOffset? lastSaved = null;
        int taskIndex = 0;
        string location = "/Project";
        try
        {
            using var reader = XmlReader.Create(xml, settings);
            reader.MoveToContent();
            if (reader.LocalName != "Project" || (reader.NamespaceURI.Length > 0 && reader.NamespaceURI != Namespace))
            {
                throw new ImportFormatException("/" + reader.LocalName, "The root element is not an MSPDI <Project>.");
            }

            reader.Read();
            while (!reader.EOF && reader.Depth >= 1)
            {
                if (reader.NodeType != XmlNodeType.Element || reader.Depth != 1)
                {
                    reader.Read();
                    continue;
                }

                if (reader.LocalName == "LastSaved")
                {
                    lastSaved = dates.TryMoment(reader.ReadElementContentAsString(), out var saved) ? saved : null;
                    continue;
                }

                if (reader.LocalName != "Tasks")
                {
                    reader.Skip();
                    continue;
                }

                if (reader.IsEmptyElement)
                {
                    reader.Read();
                    continue;
                }

                reader.Read();
                while (!reader.EOF && reader.Depth >= 2)
                {
                    if (reader.NodeType == XmlNodeType.Element && reader.Depth == 2 && reader.LocalName == "Task")
                    {
                        taskIndex++;
                        location = string.Create(CultureInfo.InvariantCulture, $"/Project/Tasks/Task[{taskIndex}]");
                        var task = ReadTaskElement(reader, location);
                        ReadTask(task, location, lastSaved, options, dates, collector, outline, summaries, summaryLinks);
                    }
                    else
                    {
                        reader.Read();
                    }
                }
            }
        }
        catch (XmlException ex)
        {
            throw new ImportFormatException(location, $"The XML is refused at line {ex.LineNumber}, position {ex.LinePosition}: {ex.Message}", ex);
        }

        return collector.Build();
    }

    /// <summary>
    /// Reads the <c>Task</c> element the reader is on into a tree of its elements and text, iteratively, and leaves the
    /// reader after it. MSPDI tasks are flat (a task's deepest element, <c>PredecessorLink/PredecessorUID</c>, is two levels
    /// down); nesting deeper than <see cref="MaxTaskDepth"/> levels refuses the input (parsing it cost time quadratic in the depth).
    /// </summary>
    private static XElement ReadTaskElement(XmlReader reader, string location)
    {
        int taskDepth = reader.Depth;
        var task = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return task;
        }

        var open = new Stack<XElement>();
        open.Push(task);
        reader.Read();
        while (open.Count > 0 && !reader.EOF)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (reader.Depth - taskDepth > MaxTaskDepth)
                    {
                        throw new ImportFormatException(location, $"The task nests elements more than {MaxTaskDepth} levels deep; an MSPDI task is flat.");
                    }

                    var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
                    open.Peek().Add(element);
                    if (!reader.IsEmptyElement)
                    {
                        open.Push(element);
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    open.Peek().Add(new XText(reader.Value));
                    break;
                case XmlNodeType.EndElement:
                    open.Pop();
                    break;
            }

            reader.Read();
        }

        return task;
    }
}
