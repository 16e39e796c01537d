using DocumentFormat.OpenXml.Packaging;
using SpreadsheetSheet = DocumentFormat.OpenXml.Spreadsheet.Sheet;

namespace Okr.Core.Office;

/// <summary>
/// Excel workbooks (.xlsx) and OKR plans: <see cref="Read(string, WorkbookReadOptions?)"/> turns an OKR template into a
/// plan with a per-cell problem report; <see cref="Write(Scorecard, string)"/> writes a plan's scorecard as a workbook
/// that reads back into a plan scoring the same. Both stream their rows, so memory does not grow with the sheet.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "One overload per input (a path or a stream), each with optional options; the inputs never overlap.")]
public static partial class OkrWorkbook
{
    /// <summary>Reads an OKR workbook file into a plan.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="options">How to read; null for the defaults.</param>
    /// <returns>The plan, the sheet and layout found, and every problem with its cell.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="OfficeFormatException">The file is not an .xlsx workbook (not a zip, truncated, a zip bomb,
    /// password-protected, an old .xls) or no sheet has a recognisable header; the message names the file, sheet and cell.</exception>
    public static WorkbookImport Read(string path, WorkbookReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920);
        return Read(file, Path.GetFileName(path), options);
    }

    /// <summary>Reads an OKR workbook from a stream into a plan. A stream that cannot seek is copied to a temporary file
    /// first (a zip is read from its end); the stream is left open.</summary>
    /// <param name="stream">The .xlsx bytes.</param>
    /// <param name="fileName">The name used in messages, for example the uploaded file's name.</param>
    /// <param name="options">How to read; null for the defaults.</param>
    /// <returns>The plan, the sheet and layout found, and every problem with its cell.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="fileName"/> is null.</exception>
    /// <exception cref="OfficeFormatException">The bytes are not an .xlsx workbook (not a zip, truncated, a zip bomb,
    /// password-protected, an old .xls) or no sheet has a recognisable header; the message names the file, sheet and cell.</exception>
    public static WorkbookImport Read(Stream stream, string fileName, WorkbookReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        options ??= new WorkbookReadOptions();
        using var document = PackageInput.OpenWorkbook(stream, fileName, options.MaxInflatedBytes, out var ownedCopy);
        using (ownedCopy)
        {
            try
            {
                return ReadDocument(document, fileName, options);
            }
            catch (Exception e) when (e is OpenXmlPackageException or System.Xml.XmlException or InvalidDataException or IOException and not FileNotFoundException)
            {
                throw new OfficeFormatException(fileName, null, null, $"is damaged or not an Excel workbook (.xlsx): {e.Message}", e);
            }
        }
    }

    private static WorkbookImport ReadDocument(SpreadsheetDocument document, string fileName, WorkbookReadOptions options)
    {
        var workbook = document.WorkbookPart ?? throw new OfficeFormatException(fileName, null, null, "has no workbook part; it is not an Excel workbook.");
        var sheets = (workbook.Workbook?.Sheets?.Elements<SpreadsheetSheet>() ?? [])
            .Select(s => (Name: s.Name?.Value ?? string.Empty, Part: s.Id?.Value is { } id && workbook.TryGetPartById(id, out var part) ? part as WorksheetPart : null))
            .ToList();
        var strings = SharedStrings.Read(workbook.SharedStringTablePart);
        var styles = CellFormatTable.Read(workbook.WorkbookStylesPart);
        var companionProblems = new List<WorkbookProblem>();
        var about = sheets.FirstOrDefault(s => s.Name == CompanionSheets.AboutSheet && s.Part is not null);
        var (asOf, scoring) = about.Part is { } aboutPart ? CompanionSheets.ReadAbout(aboutPart, strings, styles, options.MaxInflatedBytes, companionProblems) : (null, null);

        foreach (var (name, part) in Candidates(sheets, fileName, options))
        {
            using var rows = new SheetRowReader(part, strings, styles, options.MaxInflatedBytes);
            var header = FindHeader(rows, options);
            if (header is null)
            {
                continue;
            }

            var problems = new RowProblems(name);
            bool workSheetPresent = sheets.Exists(s => s.Name == WorkbookSheets.Initiatives && s.Part is not null && s.Name != name);
            var reader = new OkrSheetReader(header, problems, new StableIds(), options.CheckInDate ?? asOf, workSheetPresent);
            while (rows.TryRead(out var row))
            {
                reader.Read(row);
            }

            var checkInsSheet = sheets.FirstOrDefault(s => s.Name == CompanionSheets.CheckInsSheet && s.Part is not null && s.Name != name);
            var checkIns = checkInsSheet.Part is { } checkInsPart ? CompanionSheets.ReadCheckIns(checkInsPart, strings, styles, options.MaxInflatedBytes, companionProblems) : null;
            var workSheet = sheets.FirstOrDefault(s => s.Name == WorkbookSheets.Initiatives && s.Part is not null && s.Name != name);
            var work = workSheet.Part is { } workPart ? WorkSheetReader.Read(workPart, strings, styles, options.MaxInflatedBytes, companionProblems) : null;
            var plan = PlanAssembly.Build(reader.Objectives, options, problems, scoring, checkIns, work);
            problems.All.AddRange(companionProblems);
            return new WorkbookImport
            {
                Plan = plan,
                Sheet = name,
                HeaderRow = header.Row,
                Layout = header.Layout,
                Columns = header.Letters(),
                RowsRead = reader.RowsRead,
                RowsSkipped = reader.RowsSkipped,
                Problems = problems.All.ToImmutable(),
            };
        }

        string sheet = options.SheetName ?? sheets.FirstOrDefault().Name ?? string.Empty;
        throw new OfficeFormatException(fileName, sheet.Length == 0 ? null : sheet, null,
            $"no header row found in the first {options.HeaderSearchRows} rows{(options.SheetName is null && sheets.Count > 1 ? " of any sheet" : string.Empty)}: expected a title column (Objective, Key Result or Title) and another known column (Owner, Start, Target, Current, Progress, Status, Due, ...), or name the columns with WorkbookReadOptions.ColumnMap.");
    }

    private static IEnumerable<(string Name, WorksheetPart Part)> Candidates(List<(string Name, WorksheetPart? Part)> sheets, string fileName, WorkbookReadOptions options)
    {
        if (options.SheetName is { } wanted)
        {
            var match = sheets.FirstOrDefault(s => string.Equals(s.Name, wanted, StringComparison.OrdinalIgnoreCase));
            if (match.Part is null)
            {
                throw new OfficeFormatException(fileName, wanted, null, $"has no worksheet named '{wanted}' (its sheets: {string.Join(", ", sheets.Select(s => "'" + s.Name + "'"))}).");
            }

            return [(match.Name, match.Part)];
        }

        return sheets
            .Where(s => s.Part is not null && s.Name is not (CompanionSheets.AboutSheet or CompanionSheets.CheckInsSheet or WorkbookSheets.Initiatives))
            .Select(s => (s.Name, s.Part!));
    }

    private static SheetHeader? FindHeader(SheetRowReader rows, WorkbookReadOptions options)
    {
        while (rows.TryRead(out var row))
        {
            if (row.Number > options.HeaderSearchRows)
            {
                return null;
            }

            if (SheetHeader.TryMatch(row, options.ColumnMap) is { } header)
            {
                return header;
            }
        }

        return null;
    }
}
