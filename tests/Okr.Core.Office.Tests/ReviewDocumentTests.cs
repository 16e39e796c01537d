using DocumentFormat.OpenXml.Packaging;
using Okr.Core.Testing;

namespace Okr.Core.Office.Tests;

public sealed class ReviewDocumentTests
{
    [Fact]
    public void Write_GeneratedPlan_PassesTheValidator()
    {
        var scorecard = OkrScorer.Score(CompanyPlanGenerator.Generate(300), CompanyPlanGenerator.AsOf);
        using var stream = new MemoryStream();
        OkrReviewDocument.Write(scorecard, stream);
        OfficeValidation.AssertValidDocument(stream);
    }

    [Fact]
    public void Write_Plan_HasTitleCountsHeadingsTablesAndExplanations()
    {
        var plan = SamplePlans.TwoObjectives();
        var scorecard = OkrScorer.Score(plan, SamplePlans.AsOf);
        using var stream = new MemoryStream();
        OkrReviewDocument.Write(scorecard, stream, "Team Q2 review");
        stream.Position = 0;

        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        string text = body.InnerText;
        Assert.Contains("Team Q2 review", text);
        Assert.Contains("As of 20 May 2026", text);
        Assert.Contains("Grow the user base", text);
        Assert.Contains("62 / 100 (from 20)", text.Replace(",", string.Empty, StringComparison.Ordinal));
        Assert.Contains(scorecard.Explain("o-growth").Summary, text);
        var tables = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().ToList();
        Assert.Equal(1 + plan.Objectives.Count(o => !o.KeyResults.IsEmpty), tables.Count);
        Assert.Equal(1 + plan.Objectives[0].KeyResults.Length, tables[1].Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Count());
    }

    [Fact]
    public void Write_ToPath_ReplacesTheFileAndLeavesNoTemporaryFile()
    {
        string folder = Directory.CreateTempSubdirectory("okr-office-").FullName;
        try
        {
            string path = Path.Combine(folder, "review.docx");
            File.WriteAllText(path, "old");
            OkrReviewDocument.Write(OkrScorer.Score(SamplePlans.TwoObjectives(), SamplePlans.AsOf), path);
            using (var stream = File.OpenRead(path))
            {
                OfficeValidation.AssertValidDocument(stream);
            }

            Assert.Equal(["review.docx"], Directory.GetFiles(folder).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
