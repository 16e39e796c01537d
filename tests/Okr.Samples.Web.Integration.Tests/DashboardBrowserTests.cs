using System.Net;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Okr.Samples.Web.Tests;

/// <summary>The dashboard in a real headless Chromium (Debian's chromium and chromium-driver), served by the sample's own process.</summary>
public sealed class DashboardBrowserTests
{
    private static ChromeDriver StartBrowser(string profile)
    {
        string binary = Environment.GetEnvironmentVariable("OKR_CHROMIUM") ?? "/usr/bin/chromium";
        string driver = Environment.GetEnvironmentVariable("OKR_CHROMEDRIVER") ?? "/usr/bin/chromedriver";
        var options = new ChromeOptions { BinaryLocation = binary };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driver)!, Path.GetFileName(driver));
        service.SuppressInitialDiagnosticInformation = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(90));
    }

    [Fact]
    public async Task Dashboard_ShowsEveryObjective_AndTheNewNumberAfterACheckIn()
    {
        await using var app = await AppProcess.StartAsync();
        using var client = app.Client();
        var plan = await client.GetPlanAsync("ai-coding");
        string profile = Path.Combine(Path.GetTempPath(), "okr-chromium-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var browser = StartBrowser(profile);
            browser.Navigate().GoToUrl(new Uri(app.Address, "/plans/ai-coding/dashboard?asOf=2026-05-20"));

            Assert.StartsWith("OKR dashboard", browser.Title, StringComparison.Ordinal);
            var shown = browser.FindElements(By.CssSelector("span.objective")).Select(e => e.Text).ToList();
            Assert.Equal(plan.Objectives.Select(o => o.Title).Order(), shown.Order());
            AssertBurnUpCharts(browser, plan.Objectives.Length);
            string before = ProgressOf(browser, "kr-coding-time");

            using var checkIn = await client.CheckInAsync("ai-coding", "kr-coding-time", "{\"at\": \"2026-05-19T12:00:00Z\", \"value\": 3.6}");
            Assert.Equal(HttpStatusCode.Created, checkIn.StatusCode);
            browser.Navigate().Refresh();

            string after = ProgressOf(browser, "kr-coding-time");
            var progress = Okr.Core.Scoring.OkrScorer.Score(await client.GetPlanAsync("ai-coding"), new DateOnly(2026, 5, 20))["kr-coding-time"].Progress!.Value;
            string expected = Math.Round(progress.Percent, 1, MidpointRounding.AwayFromZero).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
            Assert.Equal("72%", expected); // 3.6 of 5
            Assert.Equal(expected, after);
            Assert.NotEqual(before, after);
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }

    /// <summary>Each objective's burn-up chart is laid out by the browser at a readable size, inside its section, and
    /// its accessible name (computed by Chromium from the SVG's title and description) says what it shows.</summary>
    private static void AssertBurnUpCharts(IWebDriver browser, int objectives)
    {
        var charts = browser.FindElements(By.CssSelector("section.objective svg.burnup"));
        Assert.Equal(objectives, charts.Count);
        Assert.All(charts, chart =>
        {
            Assert.True(chart.Displayed);
            Assert.InRange(chart.Size.Width, 200, 560);
            Assert.InRange(chart.Size.Height, 70, 200);
            Assert.Equal(560.0 / 200.0, (double)chart.Size.Width / chart.Size.Height, 1);
            Assert.Contains(((WebElement)chart).ComputedAccessibleRole, new[] { "img", "image" }); // ARIA 1.3 names role img "image"
            Assert.StartsWith("Burn-up chart of ", ((WebElement)chart).ComputedAccessibleLabel, StringComparison.Ordinal);
        });
    }

    private static string ProgressOf(IWebDriver browser, string itemId) =>
        browser.FindElement(By.Id("item-" + itemId)).FindElements(By.CssSelector("td.num"))[0].Text;
}
