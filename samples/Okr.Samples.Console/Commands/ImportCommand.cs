using System.ComponentModel;
using Okr.Core;
using Okr.Core.Integrations;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Hosting;
using Okr.Samples.Cli.Plans;
using Okr.Samples.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Okr.Samples.Cli.Commands;

internal sealed class ImportSettings : PlanSettings
{
    [CommandArgument(1, "<SOURCE>")]
    [Description("The export to import: a Jira CSV or JSON (REST search) export, an Asana CSV or JSON export, a ClickUp API task JSON, a monday.com API (GraphQL) JSON answer, or a Microsoft Project XML (MSPDI) file.")]
    public string Source { get; set; } = string.Empty;

    [CommandOption("--from <TOOL>")]
    [Description("jira, asana, clickup, monday or msproject. The format (CSV, JSON, XML) follows the file's extension.")]
    public string? From { get; set; }

    [CommandOption("--key-result <ID>")]
    [Description("The key result the imported initiatives and tasks belong to. Only an activity key result's progress moves with the imported work; any other kind is measured by check-ins, and the import says so.")]
    public string? KeyResult { get; set; }

    [CommandOption("--initiative <ID>")]
    [Description("The initiative for tasks without a parent (epic, project, list, board group, summary task). Default: import-<key result>.")]
    public string? Initiative { get; set; }

    [CommandOption("--id-prefix <PREFIX>")]
    [Description("Put before every imported id, to keep them apart from the plan's own ids.")]
    public string? IdPrefix { get; set; }

    public override ValidationResult Validate()
    {
        var result = base.Validate();
        if (!result.Successful)
        {
            return result;
        }

        if (From is null)
        {
            return ValidationResult.Error("--from is required: jira, asana, clickup, monday or msproject (the tool the export comes from).");
        }

        if (From is not ("jira" or "asana" or "clickup" or "monday" or "msproject"))
        {
            return ValidationResult.Error($"--from: '{From}' is not one of jira, asana, clickup, monday, msproject.");
        }

        return string.IsNullOrWhiteSpace(KeyResult)
            ? ValidationResult.Error("--key-result: the key result the imported work belongs to is required.")
            : ValidationResult.Success();
    }
}

/// <summary>
/// <c>import FILE SOURCE --from TOOL --key-result KR</c>: reads initiatives and tasks exported from a project-management
/// tool (the integrations package) and attaches them to a key result; the plan file is saved atomically.
/// </summary>
internal sealed class ImportCommand(CliServices services, PlanSource source) : PlanCommand<ImportSettings>(services, source)
{
    public override int Execute(CommandContext context, ImportSettings settings, CancellationToken cancellationToken)
    {
        string path = settings.File;
        if (path == ExamplePlan.Name)
        {
            throw OkrInputException.ForFile(path, "the built-in example cannot be changed; import into a plan file.");
        }

        var plan = PlanSource.Parse(path, Source.ReadText(path), Strategies(settings));
        var loaded = new LoadedPlan(path, plan, IsExample: false);
        string keyResultId = settings.KeyResult!;
        RequireItem(loaded, keyResultId, OkrItemKind.KeyResult);
        if (Services.Files.IsReadOnly(path))
        {
            throw OkrInputException.ForFile(path, "is read-only; nothing was imported.");
        }

        var result = Read(settings, keyResultId);
        OkrPlan updated;
        try
        {
            updated = result.AttachTo(plan);
        }
        catch (InvalidPlanException e)
        {
            throw OkrInputException.ForFile(settings.Source, $"cannot be attached to {path}: {e.Message} Use --id-prefix to keep the ids apart.", e);
        }

        // Everything that can fail runs before the file is replaced: a failing command leaves the plan as it was.
        var report = result.Report;
        var asOf = settings.AsOfDay ?? Services.Today;
        var after = OkrScorer.Score(updated, asOf);
        _ = after.Items.Count();
        OutputFile.Write(Services.Files, path, PlanJson.Write(updated));

        Services.Out.MarkupLine($"Imported {report.Imported} task(s) in {result.Initiatives.Length} initiative(s) from [bold]{Markup.Escape(settings.Source)}[/] under {Markup.Escape(keyResultId)}; saved {Markup.Escape(path)}.");
        Services.Out.MarkupLine($"[grey]{report.RowsRead} row(s) read, {report.Structural} structural, {report.Skipped} skipped{(report.Subtasks > 0 ? $", {report.Subtasks} subtask(s) counted as part of their parent task" : string.Empty)}.[/]");
        foreach (var initiative in result.Initiatives)
        {
            Services.Out.MarkupLine($"  {Markup.Escape(initiative.Title)} [grey]{Markup.Escape(initiative.Id)}[/]: {initiative.WorkItems.Length} task(s), {Display.Percent(after[initiative.Id].Progress)} done");
        }

        if (result.ProgressNotice(updated) is { } notice)
        {
            Services.Out.MarkupLine($"[yellow]note[/] {Markup.Escape(notice.Reason)}");
        }
        else
        {
            var before = OkrScorer.Score(plan, asOf)[keyResultId].Progress;
            Services.Out.MarkupLine($"{Markup.Escape(keyResultId)} progress: {Display.Percent(before)} -> {Display.Percent(after[keyResultId].Progress)}");
        }

        if (!report.Resolutions.IsEmpty)
        {
            Services.Out.MarkupLine($"  [grey]resolutions:[/] {Markup.Escape(string.Join("; ", report.Resolutions))}");
        }

        foreach (var problem in report.Problems)
        {
            Services.Out.MarkupLine($"  [yellow]{Markup.Escape(problem.Severity.ToString().ToLowerInvariant())}[/] {Markup.Escape(problem.Location)}{(problem.Key is null ? string.Empty : " " + Markup.Escape(problem.Key))}: {Markup.Escape(problem.Reason)}");
        }

        if (!report.UnknownStatuses.IsEmpty)
        {
            Services.Out.MarkupLine($"  [yellow]unknown statuses[/] (counted as not started): {Markup.Escape(string.Join(", ", report.UnknownStatuses))}");
        }

        return ExitCodes.Ok;
    }

    private ImportResult Read(ImportSettings settings, string keyResultId)
    {
        string sourcePath = settings.Source;
        if (Services.Files.DirectoryExists(sourcePath))
        {
            throw OkrInputException.ForFile(sourcePath, "is a directory, not an export file.");
        }

        if (!Services.Files.FileExists(sourcePath))
        {
            throw OkrInputException.ForFile(sourcePath, "no such file.");
        }

        string extension = Path.GetExtension(sourcePath).ToLowerInvariant();
        string initiativeId = settings.Initiative ?? "import-" + keyResultId;
        try
        {
            using var stream = File.OpenRead(sourcePath);
            return (settings.From, extension) switch
            {
                ("jira", ".csv") => JiraCsvImporter.Import(stream, new JiraImportOptions { KeyResultId = keyResultId, InitiativeId = initiativeId, IdPrefix = settings.IdPrefix }),
                ("jira", ".json") => JiraJsonImporter.Import(stream, new JiraImportOptions { KeyResultId = keyResultId, InitiativeId = initiativeId, IdPrefix = settings.IdPrefix }),
                ("asana", ".csv") => AsanaCsvImporter.Import(stream, new AsanaImportOptions { KeyResultId = keyResultId, InitiativeId = initiativeId, IdPrefix = settings.IdPrefix }),
                ("asana", ".json") => AsanaJsonImporter.Import(stream, new AsanaImportOptions { KeyResultId = keyResultId, InitiativeId = initiativeId, IdPrefix = settings.IdPrefix }),
                ("clickup", ".json") => ClickUpJsonImporter.Import(stream, new ClickUpImportOptions { KeyResultId = keyResultId, InitiativeId = initiativeId, IdPrefix = settings.IdPrefix }),
                ("monday", ".json") => MondayJsonImporter.Import(stream, new MondayImportOptions { KeyResultId = keyResultId, InitiativeId = initiativeId, IdPrefix = settings.IdPrefix }),
                ("msproject", ".xml") => MsProjectXmlImporter.Import(stream, new MsProjectImportOptions { KeyResultId = keyResultId, InitiativeId = initiativeId, IdPrefix = settings.IdPrefix }),
                _ => throw OkrInputException.ForFile(sourcePath, $"a {settings.From} import reads {settings.From switch { "msproject" => ".xml", "clickup" or "monday" => ".json", _ => ".csv or .json" }} files, not '{extension}'."),
            };
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or System.Xml.XmlException or ArgumentException)
        {
            throw OkrInputException.ForFile(sourcePath, "cannot be imported: " + e.Message.ReplaceLineEndings(" "), e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OkrInputException.ForFile(sourcePath, "cannot be read: " + e.Message, e);
        }
    }
}
