using System.ComponentModel;
using System.Globalization;
using System.Text.RegularExpressions;
using Okr.Core;
using Okr.Samples.Cli.Hosting;
using Okr.Samples.Cli.Plans;
using Okr.Samples.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Okr.Samples.Cli.Commands;

internal sealed partial class CarryOverSettings : PlanSettings
{
    [CommandOption("--to <PERIOD>")]
    [Description("The next period: 2026-Q3, 2027 (a year) or 2026-07-01..2026-09-30.")]
    public string? To { get; set; }

    [CommandOption("--out <PATH>")]
    [Description("The new plan file. Default: beside FILE, named after the period (plan-2026-Q3.json). Never overwrites unless --force.")]
    public string? Out { get; set; }

    [CommandOption("--force")]
    [Description("Replace the output file if it exists.")]
    public bool Force { get; set; }

    public Period? Period => ParsePeriod(To);

    public override ValidationResult Validate()
    {
        var result = base.Validate();
        if (!result.Successful)
        {
            return result;
        }

        if (string.IsNullOrWhiteSpace(To))
        {
            return ValidationResult.Error("--to: the next period is required, for example --to 2026-Q3.");
        }

        return Period is null
            ? ValidationResult.Error($"--to: '{To}' is not a period (2026-Q3, 2027 or 2026-07-01..2026-09-30).")
            : ValidationResult.Success();
    }

    public static Period? ParsePeriod(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var quarter = QuarterPattern().Match(text);
        if (quarter.Success)
        {
            return Okr.Core.Period.Quarter(int.Parse(quarter.Groups[1].Value, CultureInfo.InvariantCulture), quarter.Groups[2].Value[0] - '0');
        }

        if (YearPattern().IsMatch(text))
        {
            return Okr.Core.Period.Year(int.Parse(text, CultureInfo.InvariantCulture));
        }

        try
        {
            return Okr.Core.Period.Parse(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    [GeneratedRegex("^([0-9]{4})-?[Qq]([1-4])$")]
    private static partial Regex QuarterPattern();

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex YearPattern();
}

/// <summary><c>carry-over FILE --to PERIOD</c>: the next period's plan, written to a new file.</summary>
internal sealed class CarryOverCommand(CliServices services, PlanSource source) : PlanCommand<CarryOverSettings>(services, source)
{
    public override int Execute(CommandContext context, CarryOverSettings settings, CancellationToken cancellationToken)
    {
        var loaded = Load(settings);
        var next = settings.Period!.Value;
        string output = settings.Out ?? DefaultOutput(loaded, settings.To!);
        if (Services.Files.DirectoryExists(output))
        {
            throw OkrInputException.ForFile(output, "is a directory; --out needs a file name.");
        }

        if (Services.Files.FileExists(output) && !settings.Force)
        {
            throw OkrInputException.ForFile(output, "already exists; choose another --out or add --force.");
        }

        var carried = loaded.Plan.CarryOver(next);
        OutputFile.Write(Services.Files, output, PlanJson.Write(carried));
        Services.Out.MarkupLine($"Carried {carried.Objectives.Length} objectives and {carried.KeyResults.Count()} key results into {next}: wrote [bold]{Markup.Escape(output)}[/].");
        Services.Out.MarkupLine("[grey]Metric key results restart from their current value, percentages from 0; the history stays in the old file.[/]");
        return ExitCodes.Ok;
    }

    private static string DefaultOutput(LoadedPlan loaded, string to)
    {
        string label = string.Concat(to.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_')).ToUpperInvariant();
        if (loaded.IsExample)
        {
            return $"example-{label}.json";
        }

        string directory = Path.GetDirectoryName(loaded.Path) ?? string.Empty;
        return Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(loaded.Path)}-{label}.json");
    }
}
