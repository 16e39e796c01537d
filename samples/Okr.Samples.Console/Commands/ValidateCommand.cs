using FluentValidation;
using Okr.Core.Validation;
using Okr.Samples.Cli.Hosting;
using Okr.Samples.Cli.Plans;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Okr.Samples.Cli.Commands;

/// <summary><c>validate FILE</c>: every problem in the plan (the validation package), each with its path; exit 1 on any error.</summary>
internal sealed class ValidateCommand(CliServices services, PlanSource source) : PlanCommand<PlanSettings>(services, source)
{
    public override int Execute(CommandContext context, PlanSettings settings, CancellationToken cancellationToken)
    {
        var loaded = Load(settings);
        var options = PlanValidationOptions.Default with { Clock = loaded.IsExample ? null : Services.Clock, Today = loaded.IsExample ? settings.AsOfDay : null };
        var result = new OkrPlanValidator(options).Validate(loaded.Plan);
        int errors = result.Errors.Count(f => f.Severity == Severity.Error);
        int warnings = result.Errors.Count - errors;
        if (result.Errors.Count == 0)
        {
            Services.Out.MarkupLine($"[green]{Markup.Escape(loaded.Path)}: valid[/] ({loaded.Plan.ItemCount} items, no problem found).");
            return ExitCodes.Ok;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("severity").AddColumn("code").AddColumn("path").AddColumn("problem");
        foreach (var failure in result.Errors)
        {
            string colour = failure.Severity switch
            {
                Severity.Error => "red",
                Severity.Warning => "yellow",
                _ => "grey",
            };
            table.AddRow(
                new Markup($"[{colour}]{failure.Severity.ToString().ToLowerInvariant()}[/]"),
                new Text(failure.ErrorCode ?? string.Empty),
                new Text(failure.PropertyName ?? string.Empty),
                new Text(failure.ErrorMessage));
        }

        Services.Out.Write(table);
        Services.Out.MarkupLine($"{Markup.Escape(loaded.Path)}: {errors} error(s), {warnings} warning(s).");
        if (errors > 0)
        {
            OkrApp.WriteLine(Services.Error, "error:", $"{loaded.Path}: the plan has {errors} validation error(s).");
            return ExitCodes.InvalidInput;
        }

        return ExitCodes.Ok;
    }
}
