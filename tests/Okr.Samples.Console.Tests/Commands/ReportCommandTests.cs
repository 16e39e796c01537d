using System.Xml;
using System.Xml.Linq;
using Okr.Samples.Cli.Plans;

namespace Okr.Samples.Cli.Tests.Commands;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("okr-report-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Report_Example_WritesWellFormedSelfContainedHtmlWithEveryItem()
    {
        string path = Path.Combine(directory, "report.html");

        var run = new CliHarness().Run("report", "@example", "--out", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("report.html", run.Output, StringComparison.Ordinal);
        string html = File.ReadAllText(path);
        var document = Parse(html);
        XNamespace x = "http://www.w3.org/1999/xhtml";
        Assert.Equal(x + "html", document.Root!.Name);
        Assert.NotNull(document.Root.Element(x + "head")!.Element(x + "style"));
        Assert.Empty(document.Descendants(x + "script"));
        Assert.Empty(document.Descendants(x + "link"));
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        string text = document.Root.Value;
        foreach (var row in PlanOutline.Build(ExamplePlan.Build()))
        {
            Assert.Contains(row.Id, text, StringComparison.Ordinal);
            Assert.Contains(row.Title, text, StringComparison.Ordinal);
            Assert.NotNull(document.Descendants(x + "tr").SingleOrDefault(tr => (string?)tr.Attribute("id") == "item-" + row.Id));
        }

        XNamespace svg = "http://www.w3.org/2000/svg";
        Assert.True(document.Descendants(svg + "svg").Count() > 10, "bars and the Gantt chart are inline SVG");
        Assert.Contains("as of 2026-05-20", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_TitlesWithMarkup_AreEscaped()
    {
        var html = Okr.Samples.Cli.Rendering.HtmlReport.Render(
            Okr.Core.Scoring.OkrScorer.Score(ExamplePlan.Build(), ExamplePlan.AsOf), "<b>R&D</b> \"plan\"");

        var document = Parse(html);
        Assert.Contains("<b>R&D</b> \"plan\"", document.Root!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_OutIsADirectory_IsInvalidInput()
    {
        var run = new CliHarness().Run("report", "@example", "--out", directory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{directory}: is a directory", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WithoutOut_IsUsageError()
    {
        var run = new CliHarness().Run("report", "@example");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out", run.Error, StringComparison.Ordinal);
    }

    private static XDocument Parse(string html)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(html), settings);
        return XDocument.Load(reader);
    }
}
