using Okr.Core.Scoring;
using System.ComponentModel;
using Okr.Samples.Cli.Hosting;
using Okr.Samples.Cli.Plans;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Okr.Samples.Cli.Commands;

/// <summary>Settings of <c>strategies</c>: assemblies whose strategies to list too.</summary>
internal sealed class StrategiesSettings : CommandSettings
{
    [CommandOption("--strategies <DLL>")]
    [Description("An assembly with your own scoring strategies, listed with the built-in ones (repeat for several).")]
    public string[]? Strategies { get; set; }
}

/// <summary><c>strategies</c>: the built-in strategies (and those of <c>--strategies</c>), what they decide, their options and defaults.</summary>
internal sealed class StrategiesCommand(CliServices services) : Command<StrategiesSettings>
{
    private static readonly Dictionary<string, (string Summary, (string Name, string Default, string Meaning)[] Options)> Docs = new(StringComparer.Ordinal)
    {
        ["standard"] = ("Each key-result kind's own formula (linear, percentage, threshold, range, control KPI, binary, milestones, activity, cascaded sum; baseline never scored).",
            [("capAt", "none", "highest progress ratio reported (1 caps at 100%)"), ("floorAt", "none", "lowest progress ratio reported (0 hides moves the wrong way)")]),
        ["weighted-mean"] = ("sum(weight x progress) / sum(weight): multipliers and fixed shares both act as weights.", []),
        ["mean"] = ("The plain mean of the counting children, ignoring multipliers.", []),
        ["weakest"] = ("The lowest progress among the counting children.", []),
        ["pace"] = ("Status from actual against expected progress (linear over the period, or phased targets).",
            [("mode", "Points", "Points (Viva Goals) or Ratio (actual / expected)"), ("atRiskGap", "25", "points mode: a gap above this many points is at risk"),
             ("behindGap", "0", "points mode: a gap above this many points is behind"), ("atRiskBelow", "0.75", "ratio mode: below this ratio is at risk"),
             ("onTrackFrom", "0.95", "ratio mode: from this ratio on track")]),
        ["worst-child"] = ("Status of the most severe contributing child (Viva Goals, Perdoo).", []),
        ["confidence-mean"] = ("Status from the weighted mean of the children's status confidences (Profit.co).",
            [("onTrack", "0.8", "confidence an on-track child stands for"), ("behind", "0.3", "confidence a behind child stands for"),
             ("atRisk", "0.1", "confidence an at-risk child stands for"), ("onTrackFrom", "0.55", "mean from which on track"), ("behindFrom", "0.2", "mean from which behind")]),
        ["grade-bands"] = ("Score = progress clamped to 0..1, graded red / yellow / green (Google).",
            [("yellowFrom", "0.4", "score from which the grade is yellow"), ("greenFrom", "0.7", "score from which the grade is green"),
             ("committedExpectation", "1.0", "score a committed objective is expected to reach"), ("aspirationalExpectation", "0.7", "score an aspirational objective is expected to reach")]),
    };

    public override int Execute(CommandContext context, StrategiesSettings settings, CancellationToken cancellationToken)
    {
        var registry = StrategyAssemblies.Load(settings.Strategies);
        var builtIn = StrategyRegistry.BuiltIn.Names.ToHashSet(StringComparer.Ordinal);
        var tree = new Tree(settings.Strategies is { Length: > 0 }
            ? "[bold]Scoring strategies[/], built-in and yours (name: what it decides; options with defaults)"
            : "[bold]Built-in scoring strategies[/] (name: what it decides; options with defaults)");
        foreach (string name in registry.Names)
        {
            var strategy = registry.Create<ScoringStrategy>(name);
            string decides = strategy switch
            {
                ProgressStrategy => "key-result progress",
                RollupStrategy => "roll-up",
                StatusStrategy => "status",
                ScoreStrategy => "score",
                _ => "-",
            };
            var (summary, options) = builtIn.Contains(name) && Docs.TryGetValue(name, out var doc)
                ? doc
                : ($"yours, {strategy.GetType().FullName}", strategy.Options.Select(o => (Name: o.Key, Default: o.Value, Meaning: "default")).ToArray());
            var node = tree.AddNode($"[bold]{Markup.Escape(name)}[/] [grey]({decides})[/]: {Markup.Escape(summary)}");
            if (options.Length == 0)
            {
                node.AddNode("[grey]no options[/]");
            }

            foreach (var option in options)
            {
                node.AddNode($"[bold]{Markup.Escape(option.Name)}[/] = {Markup.Escape(option.Default)}: {Markup.Escape(option.Meaning)}");
            }
        }

        services.Out.Write(tree);
        services.Out.MarkupLine("Defaults of a plan: progress [bold]standard[/], roll-up [bold]weighted-mean[/], status [bold]pace[/], score [bold]grade-bands[/].");
        return ExitCodes.Ok;
    }
}
