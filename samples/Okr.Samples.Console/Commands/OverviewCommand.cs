using System.ComponentModel;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Hosting;
using Okr.Samples.Cli.Plans;
using Okr.Samples.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Okr.Samples.Cli.Commands;

/// <summary>Settings of the command run with no arguments.</summary>
internal sealed class OverviewSettings : CommandSettings
{
    [CommandOption("--as-of <DATE>")]
    [Description("Score the example as of the end of this day (yyyy-MM-dd). Default: 2026-05-20, mid-quarter.")]
    public string? AsOf { get; set; }

    public override ValidationResult Validate() =>
        AsOf is not null && !Display.TryParseDay(AsOf, out _)
            ? ValidationResult.Error($"--as-of: '{AsOf}' is not a day of the form yyyy-MM-dd.")
            : ValidationResult.Success();
}

/// <summary>No arguments: scores the built-in example (the article's plan) and shows the alignment tree and one explanation.</summary>
internal sealed class OverviewCommand(CliServices services) : Command<OverviewSettings>
{
    private static readonly string[] NextSteps =
    [
        "okr explain @example kr-costs",
        "okr what-if @example kr-bugs 4",
        "okr needed @example obj-ai-python 0.7",
        "okr strategies",
        "okr --help",
    ];

    public override int Execute(CommandContext context, OverviewSettings settings, CancellationToken cancellationToken)
    {
        var plan = ExamplePlan.Build();
        var asOf = Display.TryParseDay(settings.AsOf, out var day) ? day : ExamplePlan.AsOf;
        var scorecard = OkrScorer.Score(plan, asOf);
        var console = services.Out;
        var quarter = ExamplePlan.Quarter;
        int elapsed = Math.Clamp(asOf.DayNumber - quarter.Start.DayNumber + 1, 0, quarter.LengthInDays);

        console.Write(new Rule("[bold]Okr.Core[/]: the built-in example").LeftJustified());
        console.MarkupLine("The plan of the article \"OKR and project management\": a company objective, the RD team's objective "
            + "with its three key results, the initiative [italic]Build a benchmarking program[/] with its five tasks, "
            + "and two personal objectives aligned to the team's key results.");
        console.MarkupLine($"Scored as of [bold]{Display.Day(asOf)}[/], day {elapsed} of {quarter.LengthInDays} of {quarter} (expected progress {Display.Percent(Okr.Core.Progress.FromRatio(quarter.ElapsedFraction(asOf)))}).");
        console.WriteLine();
        console.Write(PlanTreeView.Build(scorecard, "[bold]Alignment[/]"));
        console.WriteLine();

        var titles = PlanOutline.Build(plan).ToDictionary(r => r.Id, r => r.Title, StringComparer.Ordinal);
        console.Write(new Rule($"Why [bold]{ExamplePlan.FeaturedObjectiveId}[/] has its number").LeftJustified());
        console.Write(ExplanationView.Build(scorecard.Explain(ExamplePlan.FeaturedObjectiveId), id => titles.GetValueOrDefault(id, id), console.Profile.Width, plan, asOf));
        console.WriteLine();
        console.MarkupLine("[grey]Try next:[/]");
        foreach (string example in NextSteps)
        {
            console.MarkupLine("  " + Markup.Escape(example));
        }
        return ExitCodes.Ok;
    }
}
