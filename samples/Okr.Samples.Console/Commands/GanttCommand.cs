using System.ComponentModel;
using Okr.Core.Scheduling;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Analysis;
using Okr.Samples.Cli.Hosting;
using Okr.Samples.Cli.Plans;
using Okr.Samples.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Okr.Samples.Cli.Commands;

internal sealed class GanttSettings : PlanSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("terminal (default) or mermaid (gantt text that renders on GitHub).")]
    [DefaultValue("terminal")]
    public string Format { get; set; } = "terminal";

    public override ValidationResult Validate()
    {
        var result = base.Validate();
        return result.Successful && Format is not ("terminal" or "mermaid")
            ? ValidationResult.Error($"--format: '{Format}' is not one of terminal, mermaid.")
            : result;
    }
}

/// <summary><c>gantt FILE</c>: the initiatives and tasks on a timeline, each initiative with its completion.</summary>
internal sealed class GanttCommand(CliServices services, PlanSource source) : PlanCommand<GanttSettings>(services, source)
{
    public override int Execute(CommandContext context, GanttSettings settings, CancellationToken cancellationToken)
    {
        var loaded = Load(settings);
        var scorecard = OkrScorer.Score(loaded.Plan, AsOf(settings, loaded));
        var schedule = Schedule.Build(loaded.Plan);
        if (settings.Format == "mermaid")
        {
            Services.Out.Profile.Out.Writer.Write(GanttViews.Mermaid(schedule, scorecard, $"Initiatives and tasks as of {Display.Day(scorecard.AsOf)}"));
            return ExitCodes.Ok;
        }

        var rows = GanttRows.Build(scorecard, schedule);

        if (rows.Count == 0)
        {
            Services.Out.MarkupLine("The plan has no initiatives.");
            return ExitCodes.Ok;
        }

        Services.Out.Write(GanttViews.Terminal(rows, scorecard.AsOf, Services.Out.Profile.Width));
        Services.Out.MarkupLine("[grey]Colours show status (green on track, yellow behind, red at risk, grey not started); * and ▒ mark the critical path.[/]");
        return ExitCodes.Ok;
    }
}
