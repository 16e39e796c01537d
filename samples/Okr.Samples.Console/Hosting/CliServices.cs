using Okr.Samples.Cli.Plans;
using Spectre.Console;

namespace Okr.Samples.Cli.Hosting;

/// <summary>What the commands receive from the edge of the program: the consoles, the clock and the file system.
/// Tests pass test consoles, a fixed clock and a file system that can fail on purpose.</summary>
internal sealed class CliServices
{
    public CliServices(IAnsiConsole output, IAnsiConsole error, TimeProvider clock, IPlanFiles files)
    {
        Out = output;
        Error = error;
        Clock = clock;
        Files = files;
    }

    /// <summary>Where results go (standard output).</summary>
    public IAnsiConsole Out { get; }

    /// <summary>Where problems go (standard error).</summary>
    public IAnsiConsole Error { get; }

    /// <summary>The clock for "today" when no <c>--as-of</c> is given.</summary>
    public TimeProvider Clock { get; }

    /// <summary>Reading and (atomically) writing plan files.</summary>
    public IPlanFiles Files { get; }

    /// <summary>Today in the clock's local time zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);

    /// <summary>The services of the real program: standard output and error (plain text when redirected), the system
    /// clock and the disk. The width of the output is <c>COLUMNS</c> when it is set (so redirected output can be as wide
    /// as the reader wants), else the terminal's, else 80.</summary>
    public static CliServices ForSystem()
    {
        var output = AnsiConsole.Console;
        if (Width(Environment.GetEnvironmentVariable("COLUMNS")) is { } columns)
        {
            output.Profile.Width = columns;
        }

        return new(
            output,
            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) }),
            TimeProvider.System,
            new PhysicalPlanFiles());
    }

    /// <summary>The width <c>COLUMNS</c> asks for: a whole number from 20 to 1000; null when unset or unusable.</summary>
    public static int? Width(string? columns) =>
        int.TryParse(columns, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int width) && width is >= 20 and <= 1000
            ? width
            : null;
}
