using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace Okr.Core.Office;

/// <summary>
/// Opens an .xlsx package defensively. Before the Open XML SDK sees the bytes: an OLE compound file is told apart as a
/// password-protected workbook (it holds an <c>EncryptedPackage</c> stream) or an old binary .xls; anything that is not
/// a zip is refused; the zip directory is read and the declared sizes of the parts are checked against the limit
/// before anything is inflated. A stream that cannot seek is first copied to a temporary file (deleted on close).
/// </summary>
internal static class PackageInput
{
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] EncryptedPackageName = Encoding.Unicode.GetBytes("EncryptedPackage");
    private static readonly byte[] WorkbookStreamName = Encoding.Unicode.GetBytes("Workbook");

    /// <summary>A part inflating more than this many times its compressed size (and past 16 MiB) is refused.</summary>
    private const long MaxCompressionRatio = 200;

    public static SpreadsheetDocument OpenWorkbook(Stream input, string fileName, long maxInflatedBytes, out Stream? ownedCopy)
    {
        ownedCopy = null;
        var stream = input;
        if (!stream.CanSeek)
        {
            ownedCopy = CopyToTemporaryFile(stream);
            stream = ownedCopy;
        }

        try
        {
            CheckSignature(stream, fileName);
            CheckSizes(stream, fileName, maxInflatedBytes);
            stream.Position = 0;
            return SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = maxInflatedBytes });
        }
        catch (OfficeFormatException)
        {
            ownedCopy?.Dispose();
            throw;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or InvalidOperationException or System.Xml.XmlException)
        {
            ownedCopy?.Dispose();
            throw new OfficeFormatException(fileName, null, null, $"is a zip package but not an Excel workbook (.xlsx): {e.Message}", e);
        }
    }

    private static Stream CopyToTemporaryFile(Stream input)
    {
        string path = Path.Combine(Path.GetTempPath(), $"okr-office-{Guid.NewGuid():N}.tmp");
        var copy = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        input.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    private static void CheckSignature(Stream stream, string fileName)
    {
        stream.Position = 0;
        Span<byte> head = stackalloc byte[8];
        int read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (read == 0)
        {
            throw new OfficeFormatException(fileName, null, null, "is empty; expected an Excel workbook (.xlsx).");
        }

        if (read == 8 && head.SequenceEqual(OleSignature))
        {
            throw new OfficeFormatException(fileName, null, null, DescribeCompoundFile(stream));
        }

        if (read < 4 || head[0] != (byte)'P' || head[1] != (byte)'K' || head[2] is not (3 or 5) || head[3] is not (4 or 6))
        {
            throw new OfficeFormatException(fileName, null, null, "is not an Excel workbook (.xlsx): it is not a zip package. Save it from the spreadsheet as 'Excel Workbook (.xlsx)'.");
        }
    }

    /// <summary>Scans an OLE compound file for the names of its streams (UTF-16) in bounded chunks.</summary>
    private static string DescribeCompoundFile(Stream stream)
    {
        if (Contains(stream, EncryptedPackageName))
        {
            return "is password-protected (an encrypted workbook); remove the password in Excel (File > Info > Protect Workbook) and save it again as .xlsx.";
        }

        return Contains(stream, WorkbookStreamName)
            ? "is an old binary Excel workbook (.xls, BIFF); save it as 'Excel Workbook (.xlsx)' first."
            : "is an OLE compound file (an old Office binary format), not an Excel workbook (.xlsx).";
    }

    private static bool Contains(Stream stream, byte[] pattern)
    {
        stream.Position = 0;
        byte[] buffer = new byte[(64 * 1024) + pattern.Length];
        int carried = 0;
        while (true)
        {
            int read = stream.Read(buffer, carried, buffer.Length - carried);
            if (read == 0)
            {
                return false;
            }

            int filled = carried + read;
            if (buffer.AsSpan(0, filled).IndexOf(pattern) >= 0)
            {
                return true;
            }

            carried = Math.Min(pattern.Length - 1, filled);
            Buffer.BlockCopy(buffer, filled - carried, buffer, 0, carried);
        }
    }

    private static void CheckSizes(Stream stream, string fileName, long maxInflatedBytes)
    {
        stream.Position = 0;
        long total = 0;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                bool suspicious = entry.Length > 16L * 1024 * 1024 && entry.Length > entry.CompressedLength * MaxCompressionRatio;
                if (total > maxInflatedBytes || suspicious)
                {
                    throw new OfficeFormatException(fileName, null, null,
                        $"is refused before inflating: its part '{entry.FullName}' declares {entry.Length:N0} bytes from {entry.CompressedLength:N0} compressed ({total:N0} bytes in all so far; the limit is {maxInflatedBytes:N0} bytes and a ratio of {MaxCompressionRatio}). It looks like a zip bomb; raise {nameof(WorkbookReadOptions)}.{nameof(WorkbookReadOptions.MaxInflatedBytes)} if the workbook is genuine.");
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new OfficeFormatException(fileName, null, null, $"is truncated or damaged: its zip directory cannot be read ({e.Message}).", e);
        }
    }
}
