using System.ComponentModel;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Analysis;
using Okr.Samples.Cli.Hosting;
using Okr.Samples.Cli.Plans;
using Okr.Samples.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Okr.Samples.Cli.Commands;

internal sealed class WhatIfSettings : PlanSettings
{
    [CommandArgument(1, "<KEY-RESULT-ID>")]
    [Description("The key result whose value changes.")]
    public string KeyResultId { get; set; } = string.Empty;

    [CommandArgument(2, "<VALUE>")]
    [Description("The hypothetical value, in the key result's unit (invariant culture: 12.5).")]
    public string Value { get; set; } = string.Empty;

    public override ValidationResult Validate()
    {
        var result = base.Validate();
        return result.Successful && !Display.TryParseNumber(Value, out _)
            ? ValidationResult.Error($"VALUE: '{Value}' is not a number (use a dot for decimals: 12.5).")
            : result;
    }
}

/// <summary><c>what-if FILE KR VALUE</c>: how the key result and every ancestor would change. The file is not changed.</summary>
internal sealed class WhatIfCommand(CliServices services, PlanSource source) : PlanCommand<WhatIfSettings>(services, source)
{
    public override int Execute(CommandContext context, WhatIfSettings settings, CancellationToken cancellationToken)
    {
        var loaded = Load(settings);
        RequireItem(loaded, settings.KeyResultId, OkrItemKind.KeyResult);
        Display.TryParseNumber(settings.Value, out decimal value);
        var asOf = AsOf(settings, loaded);
        var rows = WhatIf.Compute(loaded.Plan, settings.KeyResultId, value, asOf);
        var titles = Titles(loaded.Plan);

        var table = new Table().Border(TableBorder.Rounded)
            .Title($"What if {Markup.Escape(settings.KeyResultId)} ({Markup.Escape(titles[settings.KeyResultId])}) were {Display.Number(value)} as of {Display.Day(asOf)}")
            .AddColumn("item").AddColumn("kind")
            .AddColumn(new TableColumn("progress").RightAligned()).AddColumn(new TableColumn("then").RightAligned())
            .AddColumn(new TableColumn("change").RightAligned()).AddColumn("status").AddColumn("then");
        foreach (var row in rows)
        {
            decimal? delta = row.Before.Progress is { } b && row.After.Progress is { } a ? (a.Ratio - b.Ratio) * 100m : null;
            string change = delta is { } d ? (d > 0 ? "+" : string.Empty) + Display.Number(Math.Round(d, 1)) + " pt" : "-";
            table.AddRow(
                new Markup(Markup.Escape(row.Id)),
                new Text(Display.Kind(row.Kind)),
                new Text(Display.Percent(row.Before.Progress)),
                new Text(Display.Percent(row.After.Progress)),
                new Text(change),
                new Markup(Display.StatusMarkup(row.Before.Status)),
                new Markup(Display.StatusMarkup(row.After.Status)));
        }

        Services.Out.Write(table);
        Services.Out.MarkupLine("[grey]Nothing was saved; use check-in to record a value.[/]");
        return ExitCodes.Ok;
    }
}
