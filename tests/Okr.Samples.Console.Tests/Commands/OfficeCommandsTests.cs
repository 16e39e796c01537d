using Okr.Core.Office;
using Okr.Samples.Cli.Plans;

namespace Okr.Samples.Cli.Tests.Commands;

public sealed class OfficeCommandsTests
{
    [Fact]
    public void Export_Xlsx_WritesAWorkbookThatConvertsBackToThePlansObjectives()
    {
        using var files = new PlanFiles();
        string book = files.Path("scorecard.xlsx");

        var export = new CliHarness().Run("export", "@example", "--out", book);
        Assert.Equal(0, export.ExitCode);
        Assert.Contains("Wrote the scorecard workbook", export.Output);
        Assert.Equal(ExamplePlan.Build().Objectives.Length, OkrWorkbook.Read(book).Plan.Objectives.Length);

        string json = files.Path("plan.json");
        var convert = new CliHarness().Run("convert", book, "--out", json);
        Assert.Equal(0, convert.ExitCode);
        Assert.Contains("OutlineByType", convert.Output);
        Assert.Equal(ExamplePlan.Build().KeyResults.Count(), PlanJson.Read(File.ReadAllText(json)).KeyResults.Count());
        Assert.Equal(["plan.json", "scorecard.xlsx"], files.Files());
    }

    [Fact]
    public void Export_Docx_WritesTheReview()
    {
        using var files = new PlanFiles();
        var run = new CliHarness().Run("export", "@example", "--out", files.Path("review.docx"), "--as-of", "2026-05-20");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Wrote the quarterly review", run.Output);
        Assert.Equal(["review.docx"], files.Files());
    }

    [Fact]
    public void Export_OtherExtension_IsAUsageError()
    {
        var run = new CliHarness().Run("export", "@example", "--out", "scorecard.pdf");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(".xlsx", run.Error);
    }

    [Fact]
    public void Convert_NotAWorkbook_FailsNamingTheFileAndWritesNothing()
    {
        using var files = new PlanFiles();
        string book = files.Write("okrs.xlsx", "Objective,Key result\n");

        var run = new CliHarness().Run("convert", book, "--out", files.Path("plan.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("okrs.xlsx", run.Error);
        Assert.Contains("not a zip package", run.Error);
        Assert.Equal(["okrs.xlsx"], files.Files());
    }

    [Fact]
    public void Convert_BadColumnMap_IsAUsageError()
    {
        var run = new CliHarness().Run("convert", "okrs.xlsx", "--out", "plan.json", "--column-map", "Colour=B");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--column-map", run.Error);
    }
}
