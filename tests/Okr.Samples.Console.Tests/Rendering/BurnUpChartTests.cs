using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Okr.Core;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Analysis;
using Okr.Samples.Cli.Plans;
using Okr.Samples.Cli.Rendering.Report;

namespace Okr.Samples.Cli.Tests.Rendering;

/// <summary>The HTML report's burn-up chart per objective (issue 17): inline SVG, accessible, drawn from per-day scoring.</summary>
public sealed class BurnUpChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    [Fact]
    public void Report_Example_OneAccessibleBurnUpPerObjectiveInItsSection()
    {
        var document = Parse(HtmlReport.Render(OkrScorer.Score(ExamplePlan.Build(), ExamplePlan.AsOf), "report"));

        var sections = document.Descendants(X + "section").Where(s => (string?)s.Attribute("class") == "objective").ToList();
        Assert.Equal(ExamplePlan.Build().Objectives.Length, sections.Count);
        var ids = document.Descendants().Select(e => (string?)e.Attribute("id")).Where(i => i is not null).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        foreach (var section in sections)
        {
            var chart = Assert.Single(section.Descendants(Svg + "svg"), s => (string?)s.Attribute("class") == "burnup");
            Assert.Equal("img", (string?)chart.Attribute("role"));
            var labelledBy = ((string)chart.Attribute("aria-labelledby")!).Split(' ');
            Assert.Equal(chart.Element(Svg + "title")!.Attribute("id")!.Value, labelledBy[0]);
            Assert.Equal(chart.Element(Svg + "desc")!.Attribute("id")!.Value, labelledBy[1]);
            Assert.Contains(section.Attribute("id")!.Value["item-".Length..], chart.Element(Svg + "title")!.Value, StringComparison.Ordinal);
            Assert.DoesNotContain(chart.Descendants(), e => e.Name.LocalName is "script" or "image" or "use" or "foreignObject");
            Assert.DoesNotContain(chart.Descendants().Attributes(), a => a.Value.Contains("http", StringComparison.Ordinal) || a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
            Assert.Contains("progress by week", section.Descendants(X + "figcaption").Single().Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Svg_Example_DrawsEachWeekAtItsScoredProgressAndTheForecastAtItsProjection()
    {
        var scorecard = OkrScorer.Score(ExamplePlan.Build(), ExamplePlan.AsOf);
        var trend = ObjectiveTrends.Weekly(scorecard)!["obj-company"];

        var chart = XElement.Parse(BurnUpChart.Svg(trend, 1));

        // 0% is drawn at y 170 and the top (125%, above the band's 120.8%) at y 10; 2026-04-01 at x 44, 2026-06-30 at x 548.
        decimal Y(decimal ratio) => 10m + ((1.25m - ratio) * 160m / 1.25m);
        decimal Xd(DateOnly day) => 44m + ((day.DayNumber - new DateOnly(2026, 4, 1).DayNumber) * 504m / 90m);
        var actual = PointsOf(chart, "actual");
        var scored = trend.Actual.Where(p => p.Progress is not null).ToList();
        Assert.Equal(scored.Count, actual.Count);
        Assert.Equal(new DateOnly(2026, 5, 20), scored[^1].Day);
        foreach (var (point, drawn) in scored.Zip(actual))
        {
            Assert.Equal(OkrScorer.Score(scorecard.Plan, point.Day)["obj-company"].Progress, point.Progress);
            Assert.Equal(Math.Round(Xd(point.Day), 1), drawn.X);
            Assert.Equal(Math.Round(Y(point.Progress!.Value.Ratio), 1), drawn.Y);
        }

        var expected = PointsOf(chart, "expected");
        Assert.Equal((44m, 168.6m), expected[0]);
        Assert.Equal((548m, 42m), expected[^1]);

        var forecast = OkrForecaster.Forecast(scorecard)["obj-company"];
        var line = chart.Elements(Svg + "line").Single(l => (string?)l.Attribute("class") == "forecast");
        Assert.Equal(actual[^1].X, decimal.Parse(line.Attribute("x1")!.Value, CultureInfo.InvariantCulture));
        Assert.Equal(548m, decimal.Parse(line.Attribute("x2")!.Value, CultureInfo.InvariantCulture));
        Assert.Equal(Math.Round(Y(forecast.Progress!.Value.Ratio), 1), decimal.Parse(line.Attribute("y2")!.Value, CultureInfo.InvariantCulture));
        var band = chart.Elements(Svg + "polygon").Single(p => (string?)p.Attribute("class") == "band");
        Assert.Contains($"548,{Math.Round(Y(forecast.High!.Value.Ratio), 1).ToString(CultureInfo.InvariantCulture)}", band.Attribute("points")!.Value, StringComparison.Ordinal);
        Assert.Equal(new[] { "0%", "50%", "100%", "2026-04-01", "2026-06-30", "as of 2026-05-20" }, chart.Elements(Svg + "text").Select(t => t.Value));
    }

    [Fact]
    public void Description_SaysTheNumbersInWords()
    {
        var trend = ObjectiveTrends.Weekly(OkrScorer.Score(ExamplePlan.Build(), ExamplePlan.AsOf))!["obj-company"];

        string text = BurnUpChart.Description(trend);

        Assert.StartsWith("Progress 54% on 2026-04-15, 41.2% on 2026-04-22,", text, StringComparison.Ordinal);
        Assert.Contains("64.3% on 2026-05-20. Expected 54.9% by 2026-05-20, 100% by 2026-06-30. Forecast 98.9% by 2026-06-30, band 77.1% to 120.8%.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_ObjectiveWithoutForecast_HasNoForecastLineAndSaysWhy()
    {
        // An objective without key results is not scored, so not forecast.
        var plan = Plan(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30));
        var trend = ObjectiveTrends.Weekly(OkrScorer.Score(plan, new DateOnly(2026, 5, 20)))!["o"];

        var chart = XElement.Parse(BurnUpChart.Svg(trend, 1));

        Assert.DoesNotContain(chart.Elements(), e => (string?)e.Attribute("class") is "forecast" or "band");
        Assert.Empty(PointsOf(chart, "actual"));
        Assert.Equal("No progress yet as of 2026-05-20. Expected 54.9% by 2026-05-20, 100% by 2026-06-30. No forecast: none of its key results, nor any aligned objective's, has a forecast.", chart.Element(Svg + "desc")!.Value);
        Assert.DoesNotContain("NaN", chart.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_PeriodNotStartedYet_DrawsOnlyTheExpectedLine()
    {
        var plan = Plan(new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30), Linear("k"));
        var trend = ObjectiveTrends.Weekly(OkrScorer.Score(plan, new DateOnly(2026, 5, 20)))!["o"];

        var chart = XElement.Parse(BurnUpChart.Svg(trend, 1));

        Assert.Empty(PointsOf(chart, "actual"));
        Assert.True(PointsOf(chart, "expected").Count > 10);
        Assert.DoesNotContain(chart.Elements(), e => e.Name.LocalName == "circle" || (string?)e.Attribute("class") == "forecast");
        Assert.StartsWith("No progress yet as of 2026-05-20.", chart.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Weekly_LongPeriod_SamplesEveryFewWeeksUpToTheCap()
    {
        var plan = Plan(new DateOnly(2020, 1, 1), new DateOnly(2029, 12, 31), Linear("k"));

        var trend = ObjectiveTrends.Weekly(OkrScorer.Score(plan, new DateOnly(2026, 5, 20)))!["o"];

        Assert.Equal(0, trend.Step % 7);
        Assert.True(trend.Step > 7);
        Assert.InRange(trend.Points.Count, 50, ObjectiveTrends.MaxPoints + 3);
        Assert.Contains(trend.Points, p => p.Day == new DateOnly(2026, 5, 20));
        Assert.Equal(new DateOnly(2029, 12, 31), trend.Points[^1].Day);
    }

    [Fact]
    public void Report_MoreObjectivesThanTheCap_SaysTheChartsAreLeftOut()
    {
        var objectives = Enumerable.Range(0, ObjectiveTrends.MaxObjectives + 1)
            .Select(i => Plan(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30), Linear($"k{i}")).Objectives[0] with { Id = $"o{i}" });
        var plan = new OkrPlan(objectives);

        string html = HtmlReport.Render(OkrScorer.Score(plan, new DateOnly(2026, 5, 20)), "report");

        Assert.DoesNotContain("class=\"burnup\"", html, StringComparison.Ordinal);
        Assert.Contains("Burn-up charts are left out: they are drawn for plans of up to 200 objectives", html, StringComparison.Ordinal);
    }

    private static List<(decimal X, decimal Y)> PointsOf(XElement chart, string css) =>
        chart.Elements(Svg + "polyline").Single(p => (string?)p.Attribute("class") == css).Attribute("points")!.Value
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split(','))
            .Select(p => (decimal.Parse(p[0], CultureInfo.InvariantCulture), decimal.Parse(p[1], CultureInfo.InvariantCulture)))
            .ToList();

    private static KeyResult Linear(string id) => new()
    {
        Id = id,
        Title = "Linear",
        Kind = new LinearKind(LinearDirection.Increase, 0m, 100m),
    };

    private static OkrPlan Plan(DateOnly start, DateOnly end, params KeyResult[] keyResults) => new(
    [
        new Objective { Id = "o", Title = "O", Period = new Period(start, end), KeyResults = [.. keyResults] },
    ]);

    private static XDocument Parse(string html)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(html), settings);
        return XDocument.Load(reader);
    }
}
