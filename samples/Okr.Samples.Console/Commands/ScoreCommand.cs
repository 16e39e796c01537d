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

    [CommandOption("--forecast")]
    [Description("Add where each objective and key result is heading: its progress projected to the period's end (with the band), "
        + "the day its target is reached at that rate, and days since the last check-in (stale past the plan's staleAfterDays, default 14). "
        + "Items without a forecast say why.")]
    public bool Forecast { get; set; }

    public override ValidationResult Validate()
    {
        var result = base.Validate();
        return result.Successful && Format is not ("table" or "json" or "markdown")
            ? ValidationResult.Error($"--format: '{Format}' is not one of table, json, markdown.")
            : result;
    }
}

/// <summary><c>score FILE [--forecast]</c>: the scorecard, as a table, JSON or Markdown; with <c>--forecast</c>, where each item is heading.</summary>
internal sealed class ScoreCommand(CliServices services, PlanSource source) : PlanCommand<ScoreSettings>(services, source)
{
    public override int Execute(CommandContext context, ScoreSettings settings, CancellationToken cancellationToken)
    {
        var loaded = Load(settings);
        var scorecard = OkrScorer.Score(loaded.Plan, AsOf(settings, loaded));
        if (settings.Forecast)
        {
            WriteForecast(scorecard, settings.Format);
            return ExitCodes.Ok;
        }

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

    /// <summary><c>--forecast</c>: the scorecard with the forecast columns, or the scorecard JSON with the forecast members.</summary>
    private void WriteForecast(Scorecard scorecard, string format)
    {
        if (format == "json")
        {
            Services.Out.Profile.Out.Writer.WriteLine(PlanJson.WriteScorecardWithForecast(scorecard));
            return;
        }

        var forecast = OkrForecaster.Forecast(scorecard);
        var staleness = OkrStaleness.Check(scorecard);
        string? note = PlanOutline.DepthNote(PlanOutline.Build(scorecard.Plan));
        if (format == "markdown")
        {
            Services.Out.Profile.Out.Writer.Write(ForecastViews.Markdown(forecast, staleness));
            if (note is not null)
            {
                Services.Out.Profile.Out.Writer.WriteLine();
                Services.Out.Profile.Out.Writer.WriteLine("_" + note + "_");
            }

            return;
        }

        Services.Out.Write(ForecastViews.Table(forecast, staleness, Services.Out.Profile.Width));
        foreach (string line in ForecastViews.NotForecastLines(forecast))
        {
            Services.Out.MarkupLine(line);
        }
        if (note is not null)
        {
            Services.Out.MarkupLine($"[grey]{Markup.Escape(note)}[/]");
        }
    }
}
