using System.ComponentModel;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Hosting;
using Okr.Samples.Cli.Plans;
using Okr.Samples.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Okr.Samples.Cli.Commands;

internal sealed class ExplainSettings : PlanSettings
{
    [CommandArgument(1, "<ID>")]
    [Description("The id of any item: objective, key result, initiative or task.")]
    public string Id { get; set; } = string.Empty;
}

/// <summary><c>explain FILE ID</c>: why the item has its number, child by child.</summary>
internal sealed class ExplainCommand(CliServices services, PlanSource source) : PlanCommand<ExplainSettings>(services, source)
{
    public override int Execute(CommandContext context, ExplainSettings settings, CancellationToken cancellationToken)
    {
        var loaded = Load(settings);
        RequireItem(loaded, settings.Id);
        var scorecard = OkrScorer.Score(loaded.Plan, AsOf(settings, loaded));
        var titles = Titles(loaded.Plan);
        Services.Out.MarkupLine($"[grey]as of {Display.Day(scorecard.AsOf)}[/]");
        Services.Out.Write(ExplanationView.Build(scorecard.Explain(settings.Id), id => titles.GetValueOrDefault(id, id), Services.Out.Profile.Width, loaded.Plan, scorecard.AsOf));
        return ExitCodes.Ok;
    }
}
