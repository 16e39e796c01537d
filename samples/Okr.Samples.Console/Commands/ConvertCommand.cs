using System.Collections.Immutable;
using System.ComponentModel;
using Okr.Core;
using Okr.Core.Office;
using Okr.Samples.Cli.Hosting;
using Okr.Samples.Cli.Plans;
using Okr.Samples.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Okr.Samples.Cli.Commands;

internal sealed class ConvertSettings : CommandSettings
{
    [CommandArgument(0, "<BOOK>")]
    [Description("An OKR workbook (.xlsx): one row per key result, or objective rows followed by their key results.")]
    public string Book { get; set; } = string.Empty;

    [CommandOption("--out <PATH>")]
    [Description("The plan file to write (JSON; replaced atomically if it exists).")]
    public string? Out { get; set; }

    [CommandOption("--column-map <MAP>")]
    [Description("Columns by header text or letters, for headers the reader does not know: Objective=Goal,KeyResult=Measure,Current=C. Fields: " + FieldNames)]
    public string? ColumnMap { get; set; }

    [CommandOption("--sheet <NAME>")]
    [Description("The sheet to read. Default: the first sheet with a recognisable header row.")]
    public string? Sheet { get; set; }

    [CommandOption("--check-in-date <DATE>")]
    [Description("The day of the check-in holding a row's current value when the row has no Updated date (yyyy-MM-dd). Default: today.")]
    public string? CheckInDate { get; set; }

    [CommandOption("--period <PERIOD>")]
    [Description("The period of objectives without a Quarter cell: 2026-Q2 or 2026-04-01..2026-06-30. Default: the quarter of the check-in day.")]
    public string? Period { get; set; }

    private const string FieldNames = "Objective, KeyResult, Title, Type, Id, Owner, Start, Target, Current, Progress, Unit, Confidence, Status, Due, Updated, Weight, Notes, Team, Quarter, AlignedTo, Kind, Counts.";

    public DateOnly? CheckInDay => Display.TryParseDay(CheckInDate, out var day) ? day : null;

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Out))
        {
            return ValidationResult.Error("--out: the conversion needs a plan file to write, for example --out plan.json.");
        }

        if (CheckInDate is not null && CheckInDay is null)
        {
            return ValidationResult.Error($"--check-in-date: '{CheckInDate}' is not a day of the form yyyy-MM-dd.");
        }

        if (Period is not null && !TryPeriod(Period, out _))
        {
            return ValidationResult.Error($"--period: '{Period}' is not a period such as 2026-Q2 or 2026-04-01..2026-06-30.");
        }

        return ColumnMap is not null && !TryColumnMap(ColumnMap, out _, out string? problem)
            ? ValidationResult.Error("--column-map: " + problem)
            : ValidationResult.Success();
    }

    public static bool TryPeriod(string text, out Okr.Core.Period period)
    {
        var match = System.Text.RegularExpressions.Regex.Match(text.Trim(), @"^(\d{4})-?Q([1-4])$", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        if (match.Success)
        {
            period = Okr.Core.Period.Quarter(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
            return true;
        }

        try
        {
            period = Okr.Core.Period.Parse(text.Trim());
            return true;
        }
        catch (FormatException)
        {
            period = default;
            return false;
        }
    }

    public static bool TryColumnMap(string text, out ImmutableDictionary<WorkbookField, string> map, out string? problem)
    {
        map = ImmutableDictionary<WorkbookField, string>.Empty;
        problem = null;
        foreach (string pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            string name = equals < 0 ? pair : pair[..equals].Trim();
            string column = equals < 0 ? string.Empty : pair[(equals + 1)..].Trim();
            if (!Enum.TryParse<WorkbookField>(name.Replace(" ", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var field) || !Enum.IsDefined(field) || column.Length == 0)
            {
                problem = $"'{pair}' is not FIELD=HEADER (or FIELD=LETTERS); fields: {FieldNames}";
                return false;
            }

            map = map.SetItem(field, column);
        }

        return true;
    }
}

/// <summary><c>convert BOOK.xlsx --out plan.json</c>: reads an OKR workbook (the Office package) into a plan file and
/// prints the problem report, cell by cell.</summary>
internal sealed class ConvertCommand(CliServices services) : Command<ConvertSettings>
{
    public override int Execute(CommandContext context, ConvertSettings settings, CancellationToken cancellationToken)
    {
        string book = settings.Book;
        if (services.Files.DirectoryExists(book))
        {
            throw OkrInputException.ForFile(book, "is a directory, not a workbook.");
        }

        if (!services.Files.FileExists(book))
        {
            throw OkrInputException.ForFile(book, "no such file.");
        }

        ConvertSettings.TryColumnMap(settings.ColumnMap ?? string.Empty, out var map, out _);
        var options = new WorkbookReadOptions
        {
            SheetName = settings.Sheet,
            ColumnMap = map,
            CheckInDate = settings.CheckInDay ?? services.Today,
            Period = settings.Period is { } p && ConvertSettings.TryPeriod(p, out var period) ? period : null,
        };
        WorkbookImport import;
        try
        {
            import = OkrWorkbook.Read(book, options);
        }
        catch (OfficeFormatException e)
        {
            throw OkrInputException.ForFile(book, "cannot be converted: " + e.Problem + (e.Sheet is null ? string.Empty : $" (sheet '{e.Sheet}'{(e.Cell is null ? string.Empty : ", cell " + e.Cell)})"), e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OkrInputException.ForFile(book, "cannot be read: " + e.Message, e);
        }

        OutputFile.Write(services.Files, settings.Out!, PlanJson.Write(import.Plan));
        services.Out.MarkupLine($"Converted [bold]{Markup.Escape(book)}[/] (sheet '{Markup.Escape(import.Sheet)}', {import.Layout}, header on row {import.HeaderRow}) to [bold]{Markup.Escape(settings.Out!)}[/]: {import.Plan.Objectives.Length} objective(s), {import.Plan.KeyResults.Count()} key result(s).");
        services.Out.MarkupLine($"[grey]{import.RowsRead} row(s) read, {import.RowsSkipped} skipped; columns {Markup.Escape(string.Join(", ", import.Columns.OrderBy(c => c.Value.Length).ThenBy(c => c.Value, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}")))}.[/]");
        foreach (var problem in import.Problems)
        {
            services.Out.MarkupLine($"  [yellow]{(problem.Severity == WorkbookProblemSeverity.Error ? "error" : "warning")}[/] '{Markup.Escape(problem.Sheet)}'!{problem.Cell}: {Markup.Escape(problem.Problem)}");
        }

        return ExitCodes.Ok;
    }
}
