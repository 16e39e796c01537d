using System.ComponentModel;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Hosting;
using Okr.Samples.Cli.Plans;
using Okr.Samples.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Okr.Samples.Cli.Commands;

internal sealed class ScoreSettings : PlanSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("table (default), json (the library's scorecard JSON, for scripts) or markdown.")]
    [DefaultValue("table")]
    public string Format { get; set; } = "table";

    public override ValidationResult Validate()
    {
        var result = base.Validate();
        return result.Successful && Format is not ("table" or "json" or "markdown")
            ? ValidationResult.Error($"--format: '{Format}' is not one of table, json, markdown.")
            : result;
    }
}

/// <summary><c>score FILE</c>: the scorecard, as a table, JSON or Markdown.</summary>
internal sealed class ScoreCommand(CliServices services, PlanSource source) : PlanCommand<ScoreSettings>(services, source)
{
    public override int Execute(CommandContext context, ScoreSettings settings, CancellationToken cancellationToken)
    {
        var loaded = Load(settings);
        var scorecard = OkrScorer.Score(loaded.Plan, AsOf(settings, loaded));
        switch (settings.Format)
        {
            case "json":
                Services.Out.Profile.Out.Writer.WriteLine(PlanJson.WriteScorecard(scorecard));
                break;
            case "markdown":
                Services.Out.Profile.Out.Writer.Write(ScorecardViews.Markdown(scorecard));
                if (PlanOutline.DepthNote(PlanOutline.Build(scorecard.Plan)) is { } markdownNote)
                {
                    Services.Out.Profile.Out.Writer.WriteLine();
                    Services.Out.Profile.Out.Writer.WriteLine("_" + markdownNote + "_");
                }

                break;
            default:
                Services.Out.Write(ScorecardViews.Table(scorecard, Services.Out.Profile.Width));
                if (PlanOutline.DepthNote(PlanOutline.Build(scorecard.Plan)) is { } note)
                {
                    Services.Out.MarkupLine($"[grey]{Markup.Escape(note)}[/]");
                }

                break;
        }

        return ExitCodes.Ok;
    }
}
