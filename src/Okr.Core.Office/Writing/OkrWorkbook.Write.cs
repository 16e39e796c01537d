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
    /// streamed and each part is compressed as it is written, so memory does not grow with the plan; the stream need not
    /// seek. The stream is left open.</summary>
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

        using var package = new WorkbookPackage(stream);
        package.WriteFrame([WorkbookSheets.Scorecard, CompanionSheets.CheckInsSheet, WorkbookSheets.Initiatives, CompanionSheets.AboutSheet], WorkbookStyles.Build());
        ScorecardSheet.Write(package.OpenSheet(1), scorecard);
        CheckInsSheet.Write(package.OpenSheet(2), scorecard.Plan);
        InitiativesSheet.Write(package.OpenSheet(3), scorecard);
        AboutSheet.Write(package.OpenSheet(4), scorecard);
    }
}
