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

        Services.Out.MarkupLine($"[bold]{Markup.Escape(titles[settings.ObjectiveId])}[/] [grey]{Markup.Escape(settings.ObjectiveId)}[/] is at {Display.Percent(now.Progress)} as of {Display.Day(asOf)}; to reach a score of {Display.Score(settings.ScoreValue)}, one key result at a time:");
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("key result").AddColumn(new TableColumn("now").RightAligned())
            .AddColumn(new TableColumn("needed").RightAligned()).AddColumn(new TableColumn("its progress then").RightAligned()).AddColumn("note");
        foreach (var row in rows)
        {
            table.AddRow(
                new Markup($"{Markup.Escape(titles.GetValueOrDefault(row.KeyResultId, row.KeyResultId))} [grey]{Markup.Escape(row.KeyResultId)}[/]"),
                new Text(Display.Number(row.Current)),
                new Markup(row.Value is { } v ? $"[bold]{Display.Number(v)}[/]" : "[grey]-[/]"),
                new Text(row.KeyResultProgress is { } p ? Display.Percent(p) : "-"),
                new Text(row.Note ?? string.Empty));
        }

        Services.Out.Write(table);
        return ExitCodes.Ok;
    }
}
