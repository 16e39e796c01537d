using Okr.Samples.Cli.Plans;

namespace Okr.Samples.Cli.Tests.Commands;

public sealed class OverviewCommandTests
{
    [Fact]
    public void Run_NoArguments_ShowsTreeScoresStatusesAndExplanation()
    {
        var run = new CliHarness().Run();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        foreach (var row in PlanOutline.Build(ExamplePlan.Build()))
        {
            Assert.Contains(row.Id, run.Output, StringComparison.Ordinal);
        }

        Assert.Contains("Develop a revolutionary AI based Python Coding software", run.Output, StringComparison.Ordinal);
        Assert.Contains("Build a benchmarking program", run.Output, StringComparison.Ordinal);
        Assert.Contains("█", run.Output, StringComparison.Ordinal);
        Assert.Contains("on track", run.Output, StringComparison.Ordinal);
        Assert.Contains("behind", run.Output, StringComparison.Ordinal);
        Assert.Contains("at risk", run.Output, StringComparison.Ordinal);
        Assert.Contains("score 0.37", run.Output, StringComparison.Ordinal);
        Assert.Contains("weighted-mean of 3 counting children", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoArgumentsRedirected_WritesNoAnsiEscapes()
    {
        var run = new CliHarness().Run();

        Assert.DoesNotContain("\u001b[", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AsOfEndOfQuarter_ScoresAsOfThatDay()
    {
        var run = new CliHarness().Run("--as-of", "2026-06-30");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("as of 2026-06-30", run.Output, StringComparison.Ordinal);
        Assert.Contains("expected progress 100%", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AsOfNotADate_IsUsageError()
    {
        var run = new CliHarness().Run("--as-of", "20 May");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--as-of", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Help_ListsEveryCommandAndExitsZero()
    {
        var run = new CliHarness().Run("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (string command in new[] { "score", "explain", "what-if", "needed", "strategies" })
        {
            Assert.Contains(command, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Run_UnknownCommand_IsUsageError()
    {
        var run = new CliHarness().Run("frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("frobnicate", run.Error, StringComparison.Ordinal);
    }
}
