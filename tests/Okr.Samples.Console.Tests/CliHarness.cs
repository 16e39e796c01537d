using Okr.Samples.Cli.Hosting;
using Okr.Samples.Cli.Plans;
using Spectre.Console.Cli.Testing;
using Spectre.Console.Testing;

namespace Okr.Samples.Cli.Tests;

/// <summary>Runs the okr command line in memory: test consoles for output and errors, a fixed clock, a file system seam.</summary>
internal sealed class CliHarness
{
    public CliHarness(IPlanFiles? files = null, DateTimeOffset? now = null, int width = 200)
    {
        Out = new TestConsole().Width(width);
        Error = new TestConsole().Width(200).SupportsAnsi(false);
        Clock = new FixedClock(now ?? new DateTimeOffset(2026, 5, 20, 12, 0, 0, TimeSpan.Zero));
        Services = new CliServices(Out, Error, Clock, files ?? new PhysicalPlanFiles());
    }

    public TestConsole Out { get; }

    public TestConsole Error { get; }

    public TimeProvider Clock { get; }

    public CliServices Services { get; }

    public CliRun Run(params string[] args)
    {
        var tester = new CommandAppTester(OkrApp.Registrar(Services), new CommandAppTesterSettings(), Out);
        tester.SetDefaultCommand<Okr.Samples.Cli.Commands.OverviewCommand>();
        tester.Configure(config => OkrApp.Configure(config, Services));
        var result = tester.Run(args);
        return new CliRun(result.ExitCode, Out.Output, Error.Output);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}

/// <summary>The outcome of one run: exit code, standard output and standard error.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error);
