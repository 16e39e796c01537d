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
            Assert.Single(document.Descendants(), e => (string?)e.Attribute("id") == "item-" + row.Id);
        }

        XNamespace svg = "http://www.w3.org/2000/svg";
        Assert.True(document.Descendants(svg + "svg").Count() > 10, "bars and the Gantt chart are inline SVG");
        Assert.Contains("as of 2026-05-20", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Example_HasWhatTheManagerReads()
    {
        var html = Okr.Samples.Cli.Rendering.Report.HtmlReport.Render(
            Okr.Core.Scoring.OkrScorer.Score(ExamplePlan.Build(), ExamplePlan.AsOf), "report");
        var document = Parse(html);
        string text = document.Root!.Value;
        XNamespace svg = "http://www.w3.org/2000/svg";

        // Summary: objectives and key results by status, overall progress, the period and how much has elapsed.
        Assert.Contains("Overall progress64.3%", text, StringComparison.Ordinal);
        Assert.Contains("day 50 of 91, 54.9% elapsed", text, StringComparison.Ordinal);
        Assert.Contains("Objectives4on track 2behind 2", text, StringComparison.Ordinal);
        Assert.Contains("Key results8on track 3achieved 1behind 3at risk 1", text, StringComparison.Ordinal);
        Assert.Contains("far short of the expected pace", text, StringComparison.Ordinal);
        Assert.DoesNotContain("The period has ended", text, StringComparison.Ordinal);

        // Each key result: value against target with unit, owner, confidence, the last check-in's date and note.
        var arr = document.Descendants().Single(e => (string?)e.Attribute("id") == "item-kr-arr");
        Assert.Equal(
            ["Grow annual recurring revenue from 2.0M to 3.0M USD kr-arr", "2.56M of 3.00M USD", "56%", "54.9%", "on track", "CEO", "80%", "2026-05-15: Two enterprise pilots converted."],
            arr.Elements().Select(td => td.Value.Trim()));

        // The rules in words, not strategy names.
        Assert.Contains("Progress: the weighted mean of its 3 counting children: 37%.", text, StringComparison.Ordinal);
        Assert.Contains("Status: 37% done where 55% was expected by now", text, StringComparison.Ordinal);
        Assert.DoesNotContain("weighted-mean", text, StringComparison.Ordinal);

        // Ids never wrap; the Gantt chart has month ticks, dependency arrows and the critical path.
        Assert.Contains(".id{", html, StringComparison.Ordinal);
        Assert.Matches(@"\.id\{[^}]*white-space:nowrap", html);
        var gantt = document.Descendants(svg + "svg").Single(e => (string?)e.Attribute("class") == "gantt");
        Assert.Equal(["Apr 2026", "May", "Jun"], gantt.Elements(svg + "text").Select(t => t.Value).Where(t => t is "Apr 2026" or "May" or "Jun"));
        Assert.Equal(4, gantt.Elements(svg + "path").Count(p => (string?)p.Attribute("marker-end") == "url(#arrow)"));
        Assert.Contains(gantt.Elements(svg + "rect"), r => (string?)r.Attribute("stroke") == "#b71c1c");
    }

    [Fact]
    public void Report_PeriodEnded_SaysSo()
    {
        var html = Okr.Samples.Cli.Rendering.Report.HtmlReport.Render(
            Okr.Core.Scoring.OkrScorer.Score(ExamplePlan.Build(), new DateOnly(2026, 7, 15)), "report");

        string text = Parse(html).Root!.Value;
        Assert.Contains("The period has ended (on 2026-06-30)", text, StringComparison.Ordinal);
        Assert.Contains("ended: all 91 days elapsed", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_TitlesWithMarkup_AreEscaped()
    {
        var html = Okr.Samples.Cli.Rendering.Report.HtmlReport.Render(
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
