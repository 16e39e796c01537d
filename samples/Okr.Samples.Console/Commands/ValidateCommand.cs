using FluentValidation;
using FluentValidation.Results;
using Okr.Core.Scoring;
using Okr.Core.Validation;
using Okr.Samples.Cli.Hosting;
using Okr.Samples.Cli.Plans;
using Okr.Samples.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Okr.Samples.Cli.Commands;

/// <summary><c>validate FILE</c>: every problem in the plan (the validation package), each with its path, and whether it scores
/// (as of <c>--as-of</c> or today); exit 1 on any error. A plan scoring cannot handle is never called valid.</summary>
internal sealed class ValidateCommand(CliServices services, PlanSource source) : PlanCommand<PlanSettings>(services, source)
{
    public override int Execute(CommandContext context, PlanSettings settings, CancellationToken cancellationToken)
    {
        var loaded = Load(settings);
        var options = PlanValidationOptions.Default with { Clock = loaded.IsExample ? null : Services.Clock, Today = loaded.IsExample ? settings.AsOfDay : null };
        var result = new OkrPlanValidator(options).Validate(loaded.Plan);
        if (ScoringFailure(loaded, AsOf(settings, loaded)) is { } scoringFailure)
        {
            result.Errors.Add(scoringFailure);
        }

        int errors = result.Errors.Count(f => f.Severity == Severity.Error);
        int warnings = result.Errors.Count - errors;
        if (result.Errors.Count == 0)
        {
            Services.Out.MarkupLine($"[green]{Markup.Escape(loaded.Path)}: valid[/] ({loaded.Plan.ItemCount} items, no problem found; it scores as of {AsOf(settings, loaded):yyyy-MM-dd}).");
            return ExitCodes.Ok;
        }

        var table = new FitTable()
            .Column("severity").Column("code and path", keep: 1).Column("problem");
        foreach (var failure in result.Errors)
        {
            string colour = failure.Severity switch
            {
                Severity.Error => "red",
                Severity.Warning => "yellow",
                _ => "grey",
            };
            table.Row(
                $"[{colour}]{failure.Severity.ToString().ToLowerInvariant()}[/]",
                $"{Markup.Escape(failure.ErrorCode ?? string.Empty)}\n[grey]{Markup.Escape(failure.PropertyName ?? string.Empty)}[/]",
                Markup.Escape(failure.ErrorMessage));
        }

        Services.Out.Write(table.Render(Services.Out.Profile.Width));
        Services.Out.MarkupLine($"{Markup.Escape(loaded.Path)}: {errors} error(s), {warnings} warning(s).");
        if (errors > 0)
        {
            OkrApp.WriteLine(Services.Error, "error:", $"{loaded.Path}: the plan has {errors} validation error(s).");
            return ExitCodes.InvalidInput;
        }

        return ExitCodes.Ok;
    }

    /// <summary>Scores the plan and reads every item; a failure there (a defect in the library) is an error of the plan, not "valid".</summary>
    private static ValidationFailure? ScoringFailure(LoadedPlan loaded, DateOnly asOf)
    {
        try
        {
            var scorecard = OkrScorer.Score(loaded.Plan, asOf);
            foreach (var item in scorecard.Items)
            {
                _ = item.Score;
            }

            return null;
        }
        catch (Exception exception) when (exception is ArithmeticException or ArgumentException or InvalidOperationException)
        {
            return new ValidationFailure("$", $"Scoring the plan as of {asOf:yyyy-MM-dd} fails ({exception.GetType().Name}: {exception.Message}).")
            {
                ErrorCode = "okr.scoring.fails",
                Severity = Severity.Error,
            };
        }
    }
}
