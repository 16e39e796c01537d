using System.ComponentModel;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Hosting;
using Okr.Samples.Cli.Plans;
using Okr.Samples.Cli.Rendering;
using Okr.Samples.Cli.Rendering.Report;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Okr.Samples.Cli.Commands;

internal sealed class ReportSettings : PlanSettings
{
    [CommandOption("--out <PATH>")]
    [Description("The HTML file to write (replaced atomically if it exists).")]
    public string? Out { get; set; }

    public override ValidationResult Validate()
    {
        var result = base.Validate();
        return result.Successful && string.IsNullOrWhiteSpace(Out)
            ? ValidationResult.Error("--out: the report needs a file to write, for example --out report.html.")
            : result;
    }
}

/// <summary><c>report FILE --out report.html</c>: one self-contained HTML file.</summary>
internal sealed class ReportCommand(CliServices services, PlanSource source) : PlanCommand<ReportSettings>(services, source)
{
    public override int Execute(CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        var loaded = Load(settings);
        string path = settings.Out!;
        if (Services.Files.DirectoryExists(path))
        {
            throw OkrInputException.ForFile(path, "is a directory; --out needs a file name.");
        }

        var scorecard = OkrScorer.Score(loaded.Plan, AsOf(settings, loaded));
        string title = loaded.IsExample ? "OKR report: the built-in example" : $"OKR report: {Path.GetFileName(loaded.Path)}";
        OutputFile.Write(Services.Files, path, HtmlReport.Render(scorecard, title));
        Services.Out.MarkupLine($"Wrote [bold]{Markup.Escape(path)}[/] ({scorecard.Count} items as of {Display.Day(scorecard.AsOf)}).");
        return ExitCodes.Ok;
    }
}
