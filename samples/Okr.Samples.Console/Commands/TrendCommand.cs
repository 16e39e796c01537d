using System.ComponentModel;
using Okr.Samples.Cli.Analysis;
using Okr.Samples.Cli.Hosting;
using Okr.Samples.Cli.Plans;
using Okr.Samples.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Okr.Samples.Cli.Commands;

internal sealed class TrendSettings : PlanSettings
{
    [CommandArgument(1, "<ID>")]
    [Description("The objective or key result (an initiative or task draws its progress without a forecast).")]
    public string Id { get; set; } = string.Empty;

    [CommandOption("--every <STEP>")]
    [Description("week (default) or day: how often to score the plan between --from and --to.")]
    [DefaultValue("week")]
    public string Every { get; set; } = "week";

    [CommandOption("--from <DATE>")]
    [Description("The first day drawn (yyyy-MM-dd). Default: the period's start.")]
    public string? From { get; set; }

    [CommandOption("--to <DATE>")]
    [Description("The last day whose progress is drawn (yyyy-MM-dd), not after --as-of. Default: the as-of day. "
        + "Without --as-of, the as-of day is --to.")]
    public string? To { get; set; }

    [CommandOption("--format <FORMAT>")]
    [Description("chart (default: progress, expected line and forecast drawn in the terminal), json or csv (every day's numbers and the forecast, for scripts).")]
    [DefaultValue("chart")]
    public string Format { get; set; } = "chart";

    public DateOnly? FromDay => Display.TryParseDay(From, out var day) ? day : null;

    public DateOnly? ToDay => Display.TryParseDay(To, out var day) ? day : null;

    public int StepDays => Every == "day" ? 1 : 7;

    public override ValidationResult Validate()
    {
        var result = base.Validate();
        if (!result.Successful)
        {
            return result;
        }

        string? error = (From, FromDay, To, ToDay) switch
        {
            ({ } f, null, _, _) => $"--from: '{f}' is not a day of the form yyyy-MM-dd.",
            (_, _, { } t, null) => $"--to: '{t}' is not a day of the form yyyy-MM-dd.",
            (_, { } f, _, { } t) when f > t => $"--from {Display.Day(f)} is after --to {Display.Day(t)}.",
            (_, _, _, { } t) when AsOfDay is { } a && t > a => $"--to {Display.Day(t)} is after --as-of {Display.Day(a)}: progress after the as-of day is not known yet.",
            _ when Every is not ("week" or "day") => $"--every: '{Every}' is not one of week, day.",
            _ when Format is not ("chart" or "json" or "csv") => $"--format: '{Format}' is not one of chart, json, csv.",
            _ => null,
        };
        return error is null ? result : ValidationResult.Error(error);
    }
}

/// <summary><c>trend FILE ID</c>: an item's progress over time against the expected line and the forecast, as a terminal
/// chart, JSON or CSV.</summary>
internal sealed class TrendCommand(CliServices services, PlanSource source) : PlanCommand<TrendSettings>(services, source)
{
    public override int Execute(CommandContext context, TrendSettings settings, CancellationToken cancellationToken)
    {
        var loaded = Load(settings);
        RequireItem(loaded, settings.Id);
        var asOf = settings.AsOfDay is null && settings.ToDay is { } to ? to : AsOf(settings, loaded);
        Trend trend;
        try
        {
            trend = Trend.Build(loaded.Plan, settings.Id, asOf, settings.FromDay, settings.ToDay, settings.StepDays);
        }
        catch (TrendRangeException range)
        {
            throw new OkrInputException($"{loaded.Path}: {settings.Id}: {range.Message}", range);
        }

        switch (settings.Format)
        {
            case "json":
                Services.Out.Profile.Out.Writer.Write(TrendExport.Json(trend));
                break;
            case "csv":
                Services.Out.Profile.Out.Writer.Write(TrendExport.Csv(trend));
                break;
            default:
                foreach (string line in TrendChart.Lines(trend, Services.Out.Profile.Width))
                {
                    Services.Out.MarkupLine(line);
                }

                break;
        }

        return ExitCodes.Ok;
    }
}
