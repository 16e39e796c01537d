using System.ComponentModel;
using Okr.Samples.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Okr.Samples.Cli.Commands;

/// <summary>Settings of every command that reads a plan: the file and the day to score as of.</summary>
internal class PlanSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("A plan file in the library's JSON format, or @example for the built-in example.")]
    public string File { get; set; } = string.Empty;

    [CommandOption("--as-of <DATE>")]
    [Description("Score as of the end of this day (yyyy-MM-dd). Default: today (the example: 2026-05-20).")]
    public string? AsOf { get; set; }

    [CommandOption("--strategies <DLL>")]
    [Description("An assembly with your own scoring strategies, registered by name next to the built-in ones (repeat for several). "
        + "Each public class deriving from ProgressStrategy, RollupStrategy, StatusStrategy or ScoreStrategy with a public static "
        + "StrategyName and FromOptions(StrategyOptions) is loaded.")]
    public string[]? Strategies { get; set; }

    public DateOnly? AsOfDay => Display.TryParseDay(AsOf, out var day) ? day : null;

    public override ValidationResult Validate() =>
        AsOf is not null && AsOfDay is null
            ? ValidationResult.Error($"--as-of: '{AsOf}' is not a day of the form yyyy-MM-dd.")
            : ValidationResult.Success();
}
