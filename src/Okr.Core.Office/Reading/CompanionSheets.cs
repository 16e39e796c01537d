using DocumentFormat.OpenXml.Packaging;

namespace Okr.Core.Office;

/// <summary>
/// The sheets a workbook written by <see cref="OkrWorkbook.Write(Scorecard, Stream)"/> carries beside the scorecard, read
/// back so the plan scores the same: <c>Check-ins</c> (every check-in of the key results whose kind the scorecard
/// names) and <c>About</c> (the as-of day and the scoring configuration as JSON).
/// </summary>
internal static class CompanionSheets
{
    public const string CheckInsSheet = "Check-ins";
    public const string AboutSheet = "About";
    public const string AsOfLabel = "As of";
    public const string ScoringLabel = "Scoring configuration (JSON)";

    public static (DateOnly? AsOf, ScoringConfiguration? Scoring) ReadAbout(WorksheetPart part, IReadOnlyList<string> strings, CellFormatTable styles, long maxCharacters, List<WorkbookProblem> problems)
    {
        DateOnly? asOf = null;
        ScoringConfiguration? scoring = null;
        using var rows = new SheetRowReader(part, strings, styles, maxCharacters);
        while (rows.TryRead(out var row))
        {
            string label = row[0].AsText().Trim();
            var value = row[1];
            if (label == AsOfLabel && CellValues.TryDay(value, out var moment))
            {
                asOf = DateOnly.FromDateTime(moment.Date);
            }
            else if (label == ScoringLabel && !value.IsBlank)
            {
                try
                {
                    scoring = OkrJson.Deserialize(value.AsText()).Scoring;
                }
                catch (Exception e) when (e is System.Text.Json.JsonException or FormatException or ArgumentException or InvalidPlanException)
                {
                    problems.Add(new WorkbookProblem(AboutSheet, CellAddress.Of(1, row.Number), $"the scoring configuration cannot be read ({e.Message}); the default configuration is used.", WorkbookProblemSeverity.Warning));
                }
            }
        }

        return (asOf, scoring);
    }

    public static Dictionary<string, List<CheckIn>> ReadCheckIns(WorksheetPart part, IReadOnlyList<string> strings, CellFormatTable styles, long maxCharacters, List<WorkbookProblem> problems)
    {
        var result = new Dictionary<string, List<CheckIn>>(StringComparer.Ordinal);
        using var rows = new SheetRowReader(part, strings, styles, maxCharacters);
        Dictionary<string, int>? columns = null;
        while (rows.TryRead(out var row))
        {
            if (columns is null)
            {
                columns = row.Cells.Where(c => c.Kind == CellKind.Text).GroupBy(c => HeaderNames.Normalize(c.Text!)).ToDictionary(g => g.Key, g => g.First().Column, StringComparer.Ordinal);
                if (!columns.ContainsKey("keyresultid") || !columns.ContainsKey("at") || !columns.ContainsKey("value"))
                {
                    return result;
                }

                continue;
            }

            if (ReadCheckIn(row, columns, problems) is ({ } id, { } checkIn))
            {
                if (!result.TryGetValue(id, out var list))
                {
                    result[id] = list = [];
                }

                list.Add(checkIn);
            }
        }

        return result;
    }

    private static (string? Id, CheckIn? CheckIn) ReadCheckIn(SheetRow row, Dictionary<string, int> columns, List<WorkbookProblem> problems)
    {
        SheetCell Cell(string name) => columns.TryGetValue(name, out int column) ? row[column] : default;
        string id = Cell("keyresultid").AsText().Trim();
        if (id.Length == 0 || row.IsEmpty)
        {
            return (null, null);
        }

        if (!DateTimeOffset.TryParse(Cell("at").AsText(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) && !CellValues.TryDay(Cell("at"), out at))
        {
            problems.Add(new WorkbookProblem(CheckInsSheet, CellAddress.Of(columns["at"], row.Number), $"'{Cell("at").AsText()}' is not a moment; the check-in is skipped.", WorkbookProblemSeverity.Error));
            return (null, null);
        }

        if (!CellValues.TryNumber(Cell("value"), out decimal value, out _))
        {
            problems.Add(new WorkbookProblem(CheckInsSheet, CellAddress.Of(columns["value"], row.Number), $"'{Cell("value").AsText()}' is not a number; the check-in is skipped.", WorkbookProblemSeverity.Error));
            return (null, null);
        }

        decimal? confidence = CellValues.TryNumber(Cell("confidence"), out decimal c, out _) && c is >= 0m and <= 1m ? c : null;
        OkrStatus? status = CellValues.TryStatus(Cell("status").AsText(), out var s) ? s : null;
        string? note = Cell("note").IsBlank ? null : Cell("note").AsText();
        string? author = Cell("author").IsBlank ? null : Cell("author").AsText();
        var source = Enum.TryParse<CheckInSource>(Cell("source").AsText(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : CheckInSource.Person;
        return (id, new CheckIn(at, value) { Confidence = confidence, Status = status, Note = note, Author = author, Source = source });
    }
}
