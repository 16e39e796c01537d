using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Okr.Core.Office;

/// <summary>
/// Writes a quarterly review document (.docx) a manager can forward: the title and as-of day, the counts by status,
/// then per objective a heading with its status and progress, a table of its key results (value against target,
/// progress, status, owner, confidence, last note) and the one-sentence explanation of its number.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "One overload per output (a path or a stream), each with an optional title; the outputs never overlap.")]
public static class OkrReviewDocument
{
    private const string DefaultTitle = "Quarterly OKR review";

    /// <summary>Writes the review to a file, through a temporary file in the same folder renamed over
    /// <paramref name="path"/>, so a failure leaves any existing file as it was.</summary>
    /// <param name="scorecard">The scorecard (its plan and as-of day).</param>
    /// <param name="path">The .docx file to write or replace.</param>
    /// <param name="title">The document's title; null for "Quarterly OKR review".</param>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Write(Scorecard scorecard, string path, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        AtomicFile.Write(path, stream => Write(scorecard, stream, title));
    }

    /// <summary>Writes the review to a stream (readable and seekable, as the package needs; else through a temporary
    /// file). The stream is left open.</summary>
    /// <param name="scorecard">The scorecard (its plan and as-of day).</param>
    /// <param name="stream">A writable stream.</param>
    /// <param name="title">The document's title; null for "Quarterly OKR review".</param>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable.</exception>
    public static void Write(Scorecard scorecard, Stream stream, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream is not writable.", nameof(stream));
        }

        if (stream.CanSeek && stream.CanRead)
        {
            WritePackage(scorecard, stream, title ?? DefaultTitle);
            return;
        }

        using var buffer = new FileStream(Path.Combine(Path.GetTempPath(), $"okr-office-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        WritePackage(scorecard, buffer, title ?? DefaultTitle);
        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    private static void WritePackage(Scorecard scorecard, Stream stream, string title)
    {
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = ReviewStyles.Build();
        var body = new Body();
        ReviewContent.Append(body, scorecard, title);
        body.Append(new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Right = 1134, Bottom = 1134, Left = 1134, Header = 567, Footer = 567, Gutter = 0 }));
        main.Document = new Document(body);
        main.Document.Save();
        document.PackageProperties.Title = title;
        document.PackageProperties.Creator = "Okr.Core.Office";
    }
}
