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

        var unit = loaded.Plan.FindKeyResult(settings.KeyResultId)!.Kind.Unit;
        var table = new FitTable { Title = $"What if {Markup.Escape(settings.KeyResultId)} ({Markup.Escape(titles[settings.KeyResultId])}) were {Display.Amount(value, unit)} as of {Display.Day(asOf)}" }
            .Column("item").Column("kind", keep: 1)
            .Column("progress", right: true).Column("then", right: true)
            .Column("change", right: true, keep: 2).Column("status", keep: 3).Column("then", keep: 4);
        foreach (var row in rows)
        {
            decimal? delta = row.Before.Progress is { } b && row.After.Progress is { } a ? (a.Ratio - b.Ratio) * 100m : null;
            string change = delta is { } d ? (d > 0 ? "+" : string.Empty) + Display.Number(Math.Round(d, 1)) + " pt" : "-";
            table.Row(
                Markup.Escape(row.Id),
                Display.Kind(row.Kind),
                Display.Percent(row.Before.Progress),
                Display.Percent(row.After.Progress),
                change,
                Display.StatusMarkup(row.Before.Status),
                Display.StatusMarkup(row.After.Status));
        }

        Services.Out.Write(table.Render(Services.Out.Profile.Width));
        Services.Out.MarkupLine("[grey]Nothing was saved; use check-in to record a value.[/]");
        return ExitCodes.Ok;
    }
}
