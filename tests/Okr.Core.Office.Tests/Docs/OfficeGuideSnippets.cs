using static Okr.Core.Office.Tests.TestWorkbook;

namespace Okr.Core.Office.Tests.Docs;

/// <summary>The C# blocks of docs/office.md, compiled and run (DocumentationSnippetTests checks the page against them).</summary>
public sealed class OfficeGuideSnippets : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("okr-office-docs-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void ReadTemplate()
    {
        string path = Path.Combine(folder, "okrs.xlsx");
        using (var file = File.Create(path))
        {
            new TestWorkbook().Sheet("OKRs")
                .Row(1, Text("A1", "Team OKRs, Q2"))
                .Row(3, Text("A3", "Objective"), Text("B3", "Key Result"), Text("C3", "Owner"), Text("D3", "Start"), Text("E3", "Target"), Text("F3", "Current"), Text("G3", "Confidence"))
                .Row(4, Text("A4", "Grow the user base"), Text("B4", "Weekly active users to 100k"), Text("C4", "Ana"), Number("D4", 20), Number("E4", 100), Number("F4", 62), Percent("G4", 0.7))
                .Row(5, Text("B5", "Pricing survey"), Text("C5", "Ben"), Number("E5", 10), Text("F5", "n/a"))
                .Merge("A4:A5")
                .ToStream().CopyTo(file);
        }

        // begin-snippet: office-read
        var import = OkrWorkbook.Read(path, new WorkbookReadOptions
        {
            Period = Period.Quarter(2026, 2),          // the sheet has no Quarter column
            CheckInDate = new DateOnly(2026, 5, 20),   // the day the Current column was true
        });
        Console.WriteLine($"{import.Sheet}: {import.Layout}, header in row {import.HeaderRow}, {import.RowsRead} rows, {import.RowsSkipped} skipped");
        foreach (var problem in import.Problems)
        {
            Console.WriteLine(problem);                // 'OKRs'!F5: error: the current value 'n/a' is not a number. The row is skipped.
        }

        var scorecard = OkrScorer.Score(import.Plan, new DateOnly(2026, 5, 20));
        Console.WriteLine(scorecard["kr-weekly-active-users-to-100k"].Progress);   // 52.5%
        // end-snippet

        Assert.Equal(WorkbookLayout.RowPerKeyResult, import.Layout);
        Assert.Equal(3, import.HeaderRow);
        Assert.Equal(1, import.RowsSkipped);
        var problem1 = Assert.Single(import.Problems);
        Assert.Equal("'OKRs'!F5: error: the current value 'n/a' is not a number. The row is skipped.", problem1.ToString());
        Assert.Equal(0.525m, scorecard["kr-weekly-active-users-to-100k"].Progress!.Value.Ratio);
    }

    [Fact]
    public void ReadWithColumnMap()
    {
        string path = Path.Combine(folder, "goals.xlsx");
        using (var file = File.Create(path))
        {
            new TestWorkbook().Sheet("Summary").Row(1, Text("A1", "See the next sheet"))
                .Sheet("Q2 goals")
                .Row(1, Text("A1", "Goal"), Text("B1", "Measure"), Text("C1", "Now"), Text("D1", "Aim"), Text("E1", "As of"))
                .Row(2, Text("A2", "Faster support"), Text("B2", "Tickets answered within a day (%)"), Number("C2", 72), Number("D2", 90), Date("E2", new DateOnly(2026, 5, 15)))
                .ToStream().CopyTo(file);
        }

        // begin-snippet: office-column-map
        var options = new WorkbookReadOptions
        {
            SheetName = "Q2 goals",
            Period = Period.Quarter(2026, 2),
            ColumnMap = ImmutableDictionary.CreateRange(new Dictionary<WorkbookField, string>
            {
                [WorkbookField.Objective] = "Goal",       // by header text...
                [WorkbookField.KeyResult] = "Measure",
                [WorkbookField.Current] = "C",            // ...or by column letters
                [WorkbookField.Target] = "Aim",
                [WorkbookField.Updated] = "As of",
            }),
        };
        var import = OkrWorkbook.Read(path, options);
        // end-snippet

        Assert.Empty(import.Problems);
        var keyResult = Assert.Single(import.Plan.KeyResults);
        Assert.Equal(LinearKind.Reach(90m), keyResult.Kind);
        Assert.Equal(72m, keyResult.CheckIns.Single().Value);
        Assert.Equal("C", import.Columns[WorkbookField.Current]);
    }

    [Fact]
    public void WriteScorecardAndReview()
    {
        var plan = SamplePlans.TwoObjectives();

        // begin-snippet: office-write
        var scorecard = OkrScorer.Score(plan, new DateOnly(2026, 5, 20));
        string workbook = Path.Combine(folder, "q2-scorecard.xlsx");
        OkrWorkbook.Write(scorecard, workbook);                    // Scorecard, Check-ins, Initiatives & tasks, About
        OkrReviewDocument.Write(scorecard, Path.Combine(folder, "q2-review.docx"), "Q2 review: growth");

        var back = OkrScorer.Score(OkrWorkbook.Read(workbook).Plan, scorecard.AsOf);
        Console.WriteLine(back["o-growth"].Progress == scorecard["o-growth"].Progress);   // True
        // end-snippet

        foreach (var item in scorecard.Items)
        {
            Assert.Equal(item.Progress, back[item.Id].Progress);
            Assert.Equal(item.Status, back[item.Id].Status);
        }

        Assert.True(File.Exists(Path.Combine(folder, "q2-review.docx")));
    }

    [Fact]
    public void BadFile()
    {
        string path = Path.Combine(folder, "okrs.xlsx");
        File.WriteAllText(path, "Objective,Key result\nGrow,WAU\n");

        string? message = null;
        // begin-snippet: office-errors
        try
        {
            OkrWorkbook.Read(path);
        }
        catch (OfficeFormatException e)
        {
            // One exception for every file that cannot be read, naming the file (and the sheet and cell where there are).
            message = e.Message;     // okrs.xlsx: is not an Excel workbook (.xlsx): ...
            Console.WriteLine($"{e.FileName} | {e.Sheet} | {e.Cell} | {e.Problem}");
        }
        // end-snippet

        Assert.NotNull(message);
        Assert.StartsWith("okrs.xlsx: ", message);
    }
}
