using System.IO.Compression;
using System.Text;
using static Okr.Core.Office.Tests.TestWorkbook;

namespace Okr.Core.Office.Tests;

public sealed class BadWorkbookTests
{
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static OfficeFormatException ReadFails(byte[] bytes, string name, WorkbookReadOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return Assert.Throws<OfficeFormatException>(() => OkrWorkbook.Read(stream, name, options));
    }

    [Fact]
    public void Read_NotAZip_NamesTheFile()
    {
        var e = ReadFails(Encoding.UTF8.GetBytes("Objective,Key result\nGrow,Users\n"), "okrs.xlsx");
        Assert.Equal("okrs.xlsx", e.FileName);
        Assert.StartsWith("okrs.xlsx: ", e.Message);
        Assert.Contains("not a zip package", e.Message);
        Assert.Null(e.Sheet);
    }

    [Fact]
    public void Read_EmptyFile_SaysItIsEmpty() =>
        Assert.Contains("is empty", ReadFails([], "empty.xlsx").Message);

    [Fact]
    public void Read_TruncatedWorkbook_SaysTruncated()
    {
        using var whole = ValidWorkbook();
        byte[] bytes = whole.ToArray();
        var e = ReadFails(bytes[..(bytes.Length / 2)], "cut.xlsx");
        Assert.Contains("truncated or damaged", e.Message);
    }

    [Fact]
    public void Read_ZipBomb_IsRefusedByItsDeclaredSizeBeforeInflating()
    {
        using var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++)
            {
                entry.Write(zeros);
            }
        }

        Assert.True(bomb.Length < 1 << 20, "the bomb compresses to a small file");
        var e = ReadFails(bomb.ToArray(), "bomb.xlsx");
        Assert.Contains("refused before inflating", e.Message);
        Assert.Contains("xl/worksheets/sheet1.xml", e.Message);
    }

    [Fact]
    public void Read_WorkbookLargerThanTheLimit_IsRefused()
    {
        using var stream = ValidWorkbook();
        var e = ReadFails(stream.ToArray(), "big.xlsx", new WorkbookReadOptions { MaxInflatedBytes = 500 });
        Assert.Contains("the limit is 500 bytes", e.Message);
    }

    [Fact]
    public void Read_PasswordProtectedWorkbook_SaysSo()
    {
        byte[] bytes = [.. OleSignature, .. new byte[1024], .. Encoding.Unicode.GetBytes("EncryptionInfo"), .. new byte[50], .. Encoding.Unicode.GetBytes("EncryptedPackage"), .. new byte[512]];
        Assert.Contains("password-protected", ReadFails(bytes, "secret.xlsx").Message);
    }

    [Fact]
    public void Read_OldBinaryXls_SaysToSaveAsXlsx()
    {
        byte[] bytes = [.. OleSignature, .. new byte[1024], .. Encoding.Unicode.GetBytes("Workbook"), .. new byte[512]];
        var e = ReadFails(bytes, "old.xls");
        Assert.Contains("old binary Excel workbook (.xls", e.Message);
        Assert.StartsWith("old.xls: ", e.Message);
    }

    [Fact]
    public void Read_WordDocument_IsNotAWorkbook()
    {
        using var document = new MemoryStream();
        OkrReviewDocument.Write(OkrScorer.Score(SamplePlans.TwoObjectives(), SamplePlans.AsOf), document);
        Assert.Contains("not an Excel workbook", ReadFails(document.ToArray(), "review.xlsx").Message);
    }

    [Fact]
    public void Read_NoRecognisableHeader_NamesTheSheet()
    {
        using var stream = new TestWorkbook().Sheet("Budget")
            .Row(1, Text("A1", "Cost centre"), Text("B1", "Amount"))
            .Row(2, Text("A2", "Travel"), Number("B2", 1200))
            .ToStream();
        var e = ReadFails(stream.ToArray(), "budget.xlsx");
        Assert.Equal("Budget", e.Sheet);
        Assert.Contains("no header row found", e.Message);
        Assert.StartsWith("budget.xlsx, sheet 'Budget': ", e.Message);
    }

    [Fact]
    public void Read_MissingSheetName_ListsTheSheets()
    {
        using var stream = ValidWorkbook();
        var e = ReadFails(stream.ToArray(), "okrs.xlsx", new WorkbookReadOptions { SheetName = "Q3" });
        Assert.Equal("Q3", e.Sheet);
        Assert.Contains("'OKRs'", e.Message);
    }

    [Fact]
    public void Read_NonSeekableStream_IsRead()
    {
        using var stream = ValidWorkbook();
        using var forwardOnly = new ForwardOnlyStream(stream.ToArray());
        var import = OkrWorkbook.Read(forwardOnly, "okrs.xlsx", new WorkbookReadOptions { Period = Period.Quarter(2026, 2) });
        Assert.Single(import.Plan.KeyResults);
    }

    [Fact]
    public void Write_ToPathThatFails_LeavesTheOldFileAndNoTemporaryFile()
    {
        string folder = Directory.CreateTempSubdirectory("okr-office-").FullName;
        try
        {
            string path = Path.Combine(folder, "scorecard.xlsx");
            File.WriteAllText(path, "previous");
            var scorecard = OkrScorer.Score(SamplePlans.TwoObjectives(), SamplePlans.AsOf);
            Directory.CreateDirectory(path + ".lock");
            string blocked = Path.Combine(folder, "missing-folder", "scorecard.xlsx");
            Assert.ThrowsAny<IOException>(() => OkrWorkbook.Write(scorecard, blocked));
            OkrWorkbook.Write(scorecard, path);
            Assert.Equal(["scorecard.xlsx"], Directory.GetFiles(folder).Select(Path.GetFileName));
            using var written = File.OpenRead(path);
            OfficeValidation.AssertValidWorkbook(written);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static MemoryStream ValidWorkbook() => new TestWorkbook().Sheet("OKRs")
        .Row(1, Text("A1", "Objective"), Text("B1", "Key result"), Text("C1", "Progress"))
        .Row(2, Text("A2", "Ship it"), Text("B2", "Beta out"), Percent("C2", 0.2))
        .ToStream();

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
