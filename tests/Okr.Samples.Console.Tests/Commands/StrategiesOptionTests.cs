using Okr.Core;
using Okr.Core.Scoring;
using Okr.Core.Serialization;
using Okr.Samples.CustomStrategy;

namespace Okr.Samples.Cli.Tests.Commands;

/// <summary><c>--strategies MyStrategies.dll</c>: a plan naming a user's strategy scores with it; clear errors otherwise.</summary>
public sealed class StrategiesOptionTests
{
    private static readonly string SampleAssembly = typeof(ConfidenceWeightedProgress).Assembly.Location;

    private static string WritePlan(PlanFiles files)
    {
        var registry = StrategyRegistry.BuiltIn.With(ConfidenceWeightedProgress.StrategyName, ConfidenceWeightedProgress.FromOptions);
        var plan = new OkrPlan(
            [new Objective
            {
                Id = "obj-custom",
                Title = "Ship with confidence",
                Period = Period.Quarter(2026, 2),
                KeyResults =
                [
                    new KeyResult
                    {
                        Id = "kr-custom",
                        Title = "Reach 5",
                        Kind = KeyResultKind.Reach(5m),
                        CheckIns = [new CheckIn(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero), 3m) { Confidence = 0.5m }],
                        ProgressStrategy = registry.Create<ProgressStrategy>(ConfidenceWeightedProgress.StrategyName),
                    },
                ],
            }]);
        return files.Write("custom.json", OkrJson.Serialize(plan, new OkrJsonOptions { Strategies = registry }));
    }

    [Fact]
    public void Score_PlanNamingAUsersStrategy_ScoresWithTheLoadedStrategy()
    {
        using var files = new PlanFiles();
        string plan = WritePlan(files);

        var run = new CliHarness().Run("explain", plan, "kr-custom", "--strategies", SampleAssembly, "--as-of", "2026-05-20");

        Assert.Equal(0, run.ExitCode);
        // Standard progress 3/5 = 60%, times confidence 0.5 = 30%: the user's formula, not the standard one.
        Assert.Contains("progress 30%", run.Output, StringComparison.Ordinal);
        Assert.Contains("times confidence 0.5", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_PlanNamingAUsersStrategy_WithoutTheOption_SaysToLoadIt()
    {
        using var files = new PlanFiles();
        string plan = WritePlan(files);

        var run = new CliHarness().Run("score", plan);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'confidence-weighted'", run.Error, StringComparison.Ordinal);
        Assert.Contains("--strategies", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Fact]
    public void Strategies_WithAssembly_ListsTheUsersStrategyAndItsOptions()
    {
        var run = new CliHarness().Run("strategies", "--strategies", SampleAssembly);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("confidence-weighted", run.Output, StringComparison.Ordinal);
        Assert.Contains("defaultConfidence", run.Output, StringComparison.Ordinal);
        Assert.Contains("weighted-mean", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Strategies_MissingAssembly_OneLineExitOne()
    {
        var run = new CliHarness().Run("score", "@example", "--strategies", "no-such.dll");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: no-such.dll: no such file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Strategies_AssemblyWithoutStrategies_IsAnError()
    {
        string noStrategies = typeof(Xunit.FactAttribute).Assembly.Location;

        var run = new CliHarness().Run("score", "@example", "--strategies", noStrategies);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("holds no scoring strategy", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Strategies_NotAnAssembly_IsAnError()
    {
        using var files = new PlanFiles();
        string text = files.Write("fake.dll", "not a dll");

        var run = new CliHarness().Run("score", "@example", "--strategies", text);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is not a .NET assembly", run.Error, StringComparison.Ordinal);
    }
}
