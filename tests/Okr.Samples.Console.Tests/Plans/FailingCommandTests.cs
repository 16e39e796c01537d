using System.Diagnostics;
using Okr.Core;
using Okr.Core.Scoring;
using Okr.Core.Serialization;
using Okr.Samples.Cli.Plans;

namespace Okr.Samples.Cli.Tests.Plans;

/// <summary>
/// A command that fails leaves the plan file as it was (issue 13, defect 8), and a run killed with SIGKILL while it
/// writes leaves the plan whole and no temporary file that the next run does not clean up (defect 9).
/// </summary>
public sealed class FailingCommandTests : IDisposable
{
    private static readonly string TestAssembly = typeof(ThrowingProgressStrategy).Assembly.Location;

    private readonly PlanFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void CheckIn_ScoringFailsOnTheUpdatedPlan_ExitsWithAnErrorAndLeavesTheFileByteForByte()
    {
        string path = files.Write("plan.json", PlanWithThrowingStrategy(checkIns: 1));
        byte[] before = File.ReadAllBytes(path);

        var ok = new CliHarness().Run("score", path, "--strategies", TestAssembly, "--as-of", "2026-05-20");
        var run = new CliHarness().Run("check-in", path, "kr-1", "150", "--at", "2026-05-20", "--strategies", TestAssembly);

        Assert.True(ok.ExitCode == 0, ok.Error);
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("the strategy's bug", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(["plan.json"], files.Files());
    }

    [Fact]
    public void CheckIn_KilledWhileWriting_LeavesTheOldOrNewPlanAndTheNextRunRemovesTheTemporaryFiles()
    {
        string path = files.Write("plan.json", PlanWithThrowingStrategy(checkIns: 150_000));
        string original = File.ReadAllText(path);
        int killedMidWrite = 0;

        for (int attempt = 0; attempt < 6 && killedMidWrite < 2; attempt++)
        {
            if (KillWhileTemporaryFileExists(path, value: (attempt + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                killedMidWrite++;
            }

            string now = File.ReadAllText(path);
            var plan = OkrJson.Deserialize(now, new OkrJsonOptions { Strategies = Registry });
            Assert.True(now == original || plan.FindKeyResult("kr-1")!.CheckIns.Length > 150_000, "the plan is neither the old nor a new one");
        }

        Assert.True(killedMidWrite > 0, "no run was killed while its temporary file existed: the plan is too small to catch a write");
        Assert.Contains(files.Files(), name => name.StartsWith(".plan.json.okr-", StringComparison.Ordinal));

        var run = new CliHarness().Run("check-in", path, "kr-1", "7", "--at", "2026-05-21", "--strategies", TestAssembly);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(["plan.json"], files.Files());
    }

    private static StrategyRegistry Registry =>
        StrategyRegistry.BuiltIn.With(ThrowingProgressStrategy.StrategyName, ThrowingProgressStrategy.FromOptions);

    /// <summary>Runs <c>okr check-in</c> as its own process and kills it (SIGKILL) as soon as its temporary file appears.</summary>
    /// <returns>Whether the process was killed while the temporary file existed.</returns>
    private bool KillWhileTemporaryFileExists(string path, string value)
    {
        string okr = Path.Combine(AppContext.BaseDirectory, "okr.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in new[] { okr, "check-in", path, "kr-1", value, "--at", "2026-05-20", "--strategies", TestAssembly })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var deadline = Stopwatch.StartNew();
        bool killed = false;
        while (!process.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (files.Files().Any(name => name.EndsWith(".tmp", StringComparison.Ordinal)))
            {
                process.Kill(entireProcessTree: true);
                killed = true;
                break;
            }

            Thread.Sleep(1);
        }

        process.WaitForExit();
        return killed && process.ExitCode != 0;
    }

    private static string PlanWithThrowingStrategy(int checkIns)
    {
        var first = new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);
        var values = Enumerable.Range(0, checkIns)
            .Select(i => new CheckIn(first.AddSeconds(i), 1m + (i % 90)) { Note = "measured by the nightly job" })
            .ToArray();
        var plan = new OkrPlan(
            [new Objective
            {
                Id = "obj-1",
                Title = "Keep the numbers honest",
                Period = Period.Quarter(2026, 2),
                KeyResults =
                [
                    new KeyResult
                    {
                        Id = "kr-1",
                        Title = "Reach 100",
                        Kind = KeyResultKind.Reach(100m),
                        CheckIns = [.. values],
                        ProgressStrategy = Registry.Create<ProgressStrategy>(ThrowingProgressStrategy.StrategyName),
                    },
                ],
            }]);
        return OkrJson.Serialize(plan, new OkrJsonOptions { Strategies = Registry });
    }
}
