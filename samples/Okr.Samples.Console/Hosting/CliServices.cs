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

    /// <summary>The services of the real program: standard output and error (plain text when redirected), the system clock and the disk.</summary>
    public static CliServices ForSystem() => new(
        AnsiConsole.Console,
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) }),
        TimeProvider.System,
        new PhysicalPlanFiles());
}
