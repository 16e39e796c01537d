using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Okr.Core.Office;

public static partial class OkrWorkbook
{
    /// <summary>
    /// Writes a scorecard as a workbook file: a Scorecard sheet (the outline with progress, expected, status, score,
    /// values, confidence and last check-in), a Check-ins sheet, an Initiatives &amp; tasks sheet and an About sheet (the
    /// as-of day and the rules). The file is written to a temporary file in the same folder and then renamed over
    /// <paramref name="path"/>, so a failure leaves any existing file as it was.
    /// </summary>
    /// <param name="scorecard">The scorecard (its plan and as-of day).</param>
    /// <param name="path">The .xlsx file to write or replace.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Write(Scorecard scorecard, string path)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        AtomicFile.Write(path, stream => Write(scorecard, stream));
    }

    /// <summary>Writes a scorecard as a workbook to a stream (see <see cref="Write(Scorecard, string)"/>). Rows are
    /// streamed; a stream that cannot seek receives the workbook through a temporary file. The stream is left open.</summary>
    /// <param name="scorecard">The scorecard (its plan and as-of day).</param>
    /// <param name="stream">A writable stream.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable.</exception>
    public static void Write(Scorecard scorecard, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream is not writable.", nameof(stream));
        }

        if (stream.CanSeek && stream.CanRead)
        {
            WritePackage(scorecard, stream);
            return;
        }

        using var buffer = new FileStream(Path.Combine(Path.GetTempPath(), $"okr-office-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        WritePackage(scorecard, buffer);
        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    private static void WritePackage(Scorecard scorecard, Stream stream)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = WorkbookStyles.Build();

        var scorecardPart = workbook.AddNewPart<WorksheetPart>();
        ScorecardSheet.Write(scorecardPart, scorecard);
        var checkInsPart = workbook.AddNewPart<WorksheetPart>();
        CheckInsSheet.Write(checkInsPart, scorecard.Plan);
        var initiativesPart = workbook.AddNewPart<WorksheetPart>();
        InitiativesSheet.Write(initiativesPart, scorecard);
        var aboutPart = workbook.AddNewPart<WorksheetPart>();
        AboutSheet.Write(aboutPart, scorecard);

        var sheets = new Sheets(
            Sheet(workbook, scorecardPart, 1, WorkbookSheets.Scorecard),
            Sheet(workbook, checkInsPart, 2, CompanionSheets.CheckInsSheet),
            Sheet(workbook, initiativesPart, 3, WorkbookSheets.Initiatives),
            Sheet(workbook, aboutPart, 4, CompanionSheets.AboutSheet));
        workbook.Workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), sheets);
        workbook.Workbook.Save();
    }

    private static Sheet Sheet(WorkbookPart workbook, WorksheetPart part, uint id, string name) =>
        new() { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name };
}
