using Okr.Core.Scoring;

namespace Okr.Core.Integrations.Tests;

/// <summary>The root README's "connect a Jira export" snippet, compiled and run.</summary>
public sealed class ReadmeSnippetTests
{
    [Fact]
    public void JiraSnippet_FeedsTheKeyResultFromTheExport()
    {
        var plan = Fixture.Plan();
        string jiraCsvPath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "jira-cloud-export.csv");
        var console = new StringWriter();

        // begin-snippet: jira
        using var export = File.OpenRead(jiraCsvPath);     // Jira: Filters > Export > Export CSV (all fields)
        var import = JiraCsvImporter.Import(export, new JiraImportOptions { KeyResultId = "kr-1" });
        plan = import.AttachTo(plan);                      // one initiative per epic, issues become tasks
        console.WriteLine(OkrScorer.Score(plan, new DateOnly(2026, 3, 31))["kr-1"].Progress);
        // end-snippet

        Assert.NotEmpty(plan.FindKeyResult("kr-1")!.Initiatives);
        Assert.EndsWith("%", console.ToString().Trim(), StringComparison.Ordinal);
        Assert.True(import.Report.Imported > 0);
    }
}
