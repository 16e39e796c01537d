using System.ComponentModel;
using System.Globalization;
using Okr.Core;
using Okr.Core.Scoring;
using Okr.Samples.Cli.Hosting;
using Okr.Samples.Cli.Plans;
using Okr.Samples.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Okr.Samples.Cli.Commands;

internal sealed class CheckInSettings : PlanSettings
{
    [CommandArgument(1, "<KEY-RESULT-ID>")]
    [Description("The key result to check in.")]
    public string KeyResultId { get; set; } = string.Empty;

    [CommandArgument(2, "<VALUE>")]
    [Description("The measured value, in the key result's unit (invariant culture: 12.5).")]
    public string Value { get; set; } = string.Empty;

    [CommandOption("--confidence <C>")]
    [Description("Your confidence that the target will be reached, 0 to 1.")]
    public string? Confidence { get; set; }

    [CommandOption("--note <TEXT>")]
    [Description("A note kept with the check-in.")]
    public string? Note { get; set; }

    [CommandOption("--author <NAME>")]
    [Description("Who checks in.")]
    public string? Author { get; set; }

    [CommandOption("--at <DATE>")]
    [Description("When the value was measured: yyyy-MM-dd (noon UTC) or an ISO 8601 moment. Default: now.")]
    public string? At { get; set; }

    public decimal? ConfidenceValue => Display.TryParseNumber(Confidence, out var c) ? c : null;

    public DateTimeOffset? AtMoment =>
        Display.TryParseDay(At, out var day) ? new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)
        : DateTimeOffset.TryParse(At, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment) ? moment
        : null;

    public override ValidationResult Validate()
    {
        var result = base.Validate();
        if (!result.Successful)
        {
            return result;
        }

        if (!Display.TryParseNumber(Value, out _))
        {
            return ValidationResult.Error($"VALUE: '{Value}' is not a number (use a dot for decimals: 12.5).");
        }

        if (Confidence is not null && ConfidenceValue is not (>= 0m and <= 1m))
        {
            return ValidationResult.Error($"--confidence: '{Confidence}' is not a number from 0 to 1.");
        }

        return At is not null && AtMoment is null
            ? ValidationResult.Error($"--at: '{At}' is neither a day (yyyy-MM-dd) nor an ISO 8601 moment.")
            : ValidationResult.Success();
    }
}

/// <summary>
/// <c>check-in FILE KR VALUE</c>: appends a check-in and saves the file atomically (temporary file, flush, rename),
/// keeping everything else in it, unknown properties included.
/// </summary>
internal sealed class CheckInCommand(CliServices services, PlanSource source) : PlanCommand<CheckInSettings>(services, source)
{
    public override int Execute(CommandContext context, CheckInSettings settings, CancellationToken cancellationToken)
    {
        string path = settings.File;
        if (path == ExamplePlan.Name)
        {
            throw OkrInputException.ForFile(path, "the built-in example cannot be changed; check in to a plan file (okr carry-over @example --to 2026-Q3 writes one).");
        }

        string text = Source.ReadText(path);
        var plan = PlanSource.Parse(path, text, Strategies(settings));
        var loaded = new LoadedPlan(path, plan, IsExample: false);
        RequireItem(loaded, settings.KeyResultId, OkrItemKind.KeyResult);
        if (Services.Files.IsReadOnly(path))
        {
            throw OkrInputException.ForFile(path, "is read-only; the check-in was not saved.");
        }

        Display.TryParseNumber(settings.Value, out decimal value);
        var at = settings.AtMoment ?? Services.Clock.GetLocalNow();
        var checkIn = new CheckIn(at, value)
        {
            Confidence = settings.ConfidenceValue,
            Note = settings.Note,
            Author = settings.Author,
            Source = CheckInSource.Person,
        };
        var updated = plan.AddCheckIn(settings.KeyResultId, checkIn);

        // Everything that can fail runs before the file is replaced: a failing command leaves the plan as it was.
        var day = settings.AsOfDay ?? checkIn.Day;
        var before = OkrScorer.Score(plan, day)[settings.KeyResultId];
        var after = OkrScorer.Score(updated, day)[settings.KeyResultId];
        OutputFile.Write(Services.Files, path, PlanJson.Write(updated));
        Services.Out.MarkupLine(
            $"Checked in [bold]{Display.Number(value)}[/] for {Markup.Escape(settings.KeyResultId)} at {at.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)}: "
            + $"progress {Display.Percent(before.Progress)} → {Display.Percent(after.Progress)}, status {Display.StatusMarkup(after.Status)}. Saved {Markup.Escape(path)}.");
        return ExitCodes.Ok;
    }
}
