using System.ComponentModel;
using Okr.Core.Office;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Hosting;
using Okr.Samples.Cli.Plans;
using Okr.Samples.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Okr.Samples.Cli.Commands;

internal sealed class ExportSettings : PlanSettings
{
    [CommandOption("--out <PATH>")]
    [Description("The file to write: .xlsx for the scorecard workbook, .docx for the quarterly review (replaced atomically if it exists).")]
    public string? Out { get; set; }

    public override ValidationResult Validate()
    {
        var result = base.Validate();
        if (!result.Successful)
        {
            return result;
        }

        if (string.IsNullOrWhiteSpace(Out))
        {
            return ValidationResult.Error("--out: the export needs a file to write, for example --out scorecard.xlsx or --out review.docx.");
        }

        return Path.GetExtension(Out).ToLowerInvariant() is ".xlsx" or ".docx"
            ? ValidationResult.Success()
            : ValidationResult.Error($"--out: '{Out}' must end in .xlsx (scorecard workbook) or .docx (quarterly review).");
    }
}

/// <summary><c>export FILE --out scorecard.xlsx|review.docx</c>: the scorecard as an Excel workbook or the quarterly
/// review as a Word document (the Office package); written to a temporary file and renamed.</summary>
internal sealed class ExportCommand(CliServices services, PlanSource source) : PlanCommand<ExportSettings>(services, source)
{
    public override int Execute(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        var loaded = Load(settings);
        string path = settings.Out!;
        if (Services.Files.DirectoryExists(path))
        {
            throw OkrInputException.ForFile(path, "is a directory; --out needs a file name.");
        }

        var scorecard = OkrScorer.Score(loaded.Plan, AsOf(settings, loaded));
        bool workbook = Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase);
        try
        {
            if (workbook)
            {
                OkrWorkbook.Write(scorecard, path);
            }
            else
            {
                OkrReviewDocument.Write(scorecard, path, loaded.IsExample ? "Quarterly OKR review: the built-in example" : null);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException or ArgumentException)
        {
            throw OkrInputException.ForFile(path, $"cannot be written ({e.Message}); nothing was changed.", e);
        }

        string what = workbook ? "the scorecard workbook" : "the quarterly review";
        Services.Out.MarkupLine($"Wrote {what} [bold]{Markup.Escape(path)}[/] ({scorecard.Plan.Objectives.Length} objectives, {scorecard.Plan.KeyResults.Count()} key results as of {Display.Day(scorecard.AsOf)}).");
        return ExitCodes.Ok;
    }
}
