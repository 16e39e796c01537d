using System.ComponentModel;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Analysis;
using Okr.Samples.Cli.Hosting;
using Okr.Samples.Cli.Plans;
using Okr.Samples.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Okr.Samples.Cli.Commands;

internal sealed class NeededSettings : PlanSettings
{
    [CommandArgument(1, "<OBJECTIVE-ID>")]
    [Description("The objective.")]
    public string ObjectiveId { get; set; } = string.Empty;

    [CommandArgument(2, "<SCORE>")]
    [Description("The score to reach, 0 to 1 (0.7 is the usual aim of an aspirational objective).")]
    public string Score { get; set; } = string.Empty;

    public decimal ScoreValue => Display.TryParseNumber(Score, out var s) ? s : -1m;

    public override ValidationResult Validate()
    {
        var result = base.Validate();
        return result.Successful && ScoreValue is < 0m or > 1m
            ? ValidationResult.Error($"SCORE: '{Score}' is not a number from 0 to 1.")
            : result;
    }
}

/// <summary><c>needed FILE OBJECTIVE SCORE</c>: the value each key result would need, holding the others.</summary>
internal sealed class NeededCommand(CliServices services, PlanSource source) : PlanCommand<NeededSettings>(services, source)
{
    public override int Execute(CommandContext context, NeededSettings settings, CancellationToken cancellationToken)
    {
        var loaded = Load(settings);
        RequireItem(loaded, settings.ObjectiveId, OkrItemKind.Objective);
        var asOf = AsOf(settings, loaded);
        var now = OkrScorer.Score(loaded.Plan, asOf)[settings.ObjectiveId];
        var rows = Needed.Compute(loaded.Plan, settings.ObjectiveId, settings.ScoreValue, asOf);
        var titles = Titles(loaded.Plan);

        Services.Out.MarkupLine($"[bold]{Markup.Escape(titles[settings.ObjectiveId])}[/] [grey]{Markup.Escape(settings.ObjectiveId)}[/] is at {Display.Percent(now.Progress)} as of {Display.Day(asOf)}; to reach a score of {Display.Score(settings.ScoreValue)}, one key result at a time (its own and those of the objectives aligned below it):");
        var table = new FitTable { FirstColumnFirst = true }
            .Column("key result").Column("now", right: true, keep: 3)
            .Column("needed", right: true).Column("its progress then", right: true, keep: 4).Column("note", keep: FitTable.Optional);
        foreach (var row in rows)
        {
            var keyResult = loaded.Plan.FindKeyResult(row.KeyResultId)!;
            var unit = keyResult.Kind.Unit;
            table.Row(
                $"{Markup.Escape(titles.GetValueOrDefault(row.KeyResultId, row.KeyResultId))} [grey]{Markup.Escape(row.KeyResultId)}{(row.ObjectiveId.Length > 0 && row.ObjectiveId != settings.ObjectiveId ? " (via " + Markup.Escape(row.ObjectiveId) + ")" : string.Empty)}[/]",
                Display.Amount(row.Current, unit),
                row.Value is { } v ? $"[bold]{Display.Amount(v, unit, whole: ItemText.IsCount(keyResult))}[/]" : "[grey]-[/]",
                row.KeyResultProgress is { } p ? Display.Percent(p) : "-",
                Markup.Escape(row.Note ?? string.Empty));
        }

        Services.Out.Write(table.Render(Services.Out.Profile.Width));
        return ExitCodes.Ok;
    }
}
