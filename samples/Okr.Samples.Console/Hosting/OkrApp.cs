using Okr.Samples.Cli.Commands;
using Okr.Samples.Cli.Plans;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Okr.Samples.Cli.Hosting;

/// <summary>The <c>okr</c> command line: its commands, its help and its exit codes.</summary>
internal static class OkrApp
{
    /// <summary>Runs the command line with <paramref name="services"/>.</summary>
    public static int Run(string[] args, CliServices services)
    {
        var app = new CommandApp<OverviewCommand>(Registrar(services));
        app.Configure(config => Configure(config, services));
        return app.Run(args);
    }

    /// <summary>The registrar holding the services and what the commands build from them.</summary>
    public static TypeRegistrar Registrar(CliServices services)
    {
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(CliServices), services);
        registrar.RegisterInstance(typeof(PlanSource), new PlanSource(services.Files));
        return registrar;
    }

    /// <summary>Declares the commands and maps failures to exit codes (1 invalid input, 2 usage).</summary>
    public static void Configure(IConfigurator config, CliServices services)
    {
        config.SetApplicationName("okr");
        config.ConfigureConsole(services.Out);
        config.Settings.StrictParsing = true;
        config.Settings.Culture = System.Globalization.CultureInfo.InvariantCulture;
        config.Settings.ShowOptionDefaultValues = true;
        config.SetExceptionHandler((exception, _) => Report(exception, services.Error));

        config.AddCommand<ScoreCommand>("score")
            .WithDescription("The scorecard of a plan: every item's progress, status and score.")
            .WithExample("score", "plan.json", "--as-of", "2026-05-20", "--format", "markdown")
            .WithExample("score", "@example", "--forecast");
        config.AddCommand<ExplainCommand>("explain")
            .WithDescription("Why an item has its number, child by child.")
            .WithExample("explain", "@example", "obj-ai-python");
        config.AddCommand<ValidateCommand>("validate")
            .WithDescription("Every problem in the plan, with its path (the validation package); exit code 1 on any error.")
            .WithExample("validate", "plan.json");
        config.AddCommand<WhatIfCommand>("what-if")
            .WithDescription("How every ancestor's progress and status would change if a key result had another value.")
            .WithExample("what-if", "@example", "kr-bugs", "4");
        config.AddCommand<NeededCommand>("needed")
            .WithDescription("The value each key result would need for an objective to reach a score, holding the others.")
            .WithExample("needed", "@example", "obj-ai-python", "0.7");
        config.AddCommand<TrendCommand>("trend")
            .WithDescription("An objective's or key result's progress over time against the expected line and the forecast to the period's end, as a chart in the terminal, JSON or CSV.")
            .WithExample("trend", "@example", "kr-arr")
            .WithExample("trend", "@example", "obj-ai-python", "--every", "day", "--format", "csv");
        config.AddCommand<GanttCommand>("gantt")
            .WithDescription("The initiatives and tasks on a timeline, with each initiative's completion.")
            .WithExample("gantt", "@example", "--format", "mermaid");
        config.AddCommand<ReportCommand>("report")
            .WithDescription("One self-contained HTML file with the tree, bars, statuses and the Gantt chart.")
            .WithExample("report", "@example", "--out", "report.html");
        config.AddCommand<CheckInCommand>("check-in")
            .WithDescription("Appends a check-in to a key result and saves the file atomically, keeping everything else in it.")
            .WithExample("check-in", "plan.json", "kr-bugs", "6.5", "--confidence", "0.6", "--note", "\"Checklist adopted\"");
        config.AddCommand<CarryOverCommand>("carry-over")
            .WithDescription("The next period's plan, written to a new file: metrics restart from their current value, percentages from 0.")
            .WithExample("carry-over", "plan.json", "--to", "2026-Q3");
        config.AddCommand<ImportCommand>("import")
            .WithDescription("Attaches initiatives and tasks exported from Jira, Asana, ClickUp, monday.com or Microsoft Project to a key result; saves the file atomically.")
            .WithExample("import", "all-kinds.json", "jira-export.csv", "--from", "jira", "--key-result", "kr-activity-share");
        config.AddCommand<ExportCommand>("export")
            .WithDescription("The scorecard as an Excel workbook (.xlsx) or the quarterly review as a Word document (.docx), by the extension of --out.")
            .WithExample("export", "@example", "--out", "scorecard.xlsx");
        config.AddCommand<ConvertCommand>("convert")
            .WithDescription("Reads an OKR workbook (.xlsx) into a plan file and prints the problem report, cell by cell.")
            .WithExample("convert", "okrs.xlsx", "--out", "plan.json");
        config.AddCommand<StrategiesCommand>("strategies")
            .WithDescription("The built-in scoring strategies (and those of --strategies assemblies) with their options and defaults.")
            .WithExample("strategies", "--strategies", "MyStrategies.dll");
    }

    private static int Report(Exception exception, IAnsiConsole error)
    {
        switch (exception)
        {
            case OkrInputException input:
                WriteLine(error, "error:", input.Message);
                return ExitCodes.InvalidInput;
            case CommandAppException usage:
                WriteLine(error, "usage error:", usage.Message + " Run 'okr --help' for usage.");
                return ExitCodes.Usage;
            default:
                WriteLine(error, "internal error:", $"{exception.GetType().Name}: {exception.Message}");
                return ExitCodes.Internal;
        }
    }

    /// <summary>Writes one unwrapped line (a terminal wraps it itself; a log keeps it whole), the label in red when colours are on.</summary>
    public static void WriteLine(IAnsiConsole console, string label, string message)
    {
        string text = OneLine(message);
        string prefix = console.Profile.Capabilities.Ansi ? $"\u001b[31m{label}\u001b[0m" : label;
        console.Profile.Out.Writer.WriteLine($"{prefix} {text}");
        console.Profile.Out.Writer.Flush();
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
