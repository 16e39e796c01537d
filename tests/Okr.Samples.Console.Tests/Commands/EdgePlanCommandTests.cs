using Okr.Core;

namespace Okr.Samples.Cli.Tests.Commands;

/// <summary>The commands on plans at the edges of what the reader accepts (issue 13).</summary>
public sealed class EdgePlanCommandTests : IDisposable
{
    /// <summary>A plan whose period starts on 0001-01-01 with phased targets: scoring once threw on it.</summary>
    internal const string FirstDayPhasedPlan = """
        {"schemaVersion":1,"objectives":[{"id":"o1","title":"T","period":{"start":"0001-01-01","end":"0001-03-31"},"keyResults":[
          {"id":"k1","title":"K","kind":{"type":"linear","direction":"increase","start":0,"target":100},
           "phasedTargets":[{"day":"0001-01-10","expectedValue":10},{"day":"0001-03-31","expectedValue":100}],
           "checkIns":[{"at":"0001-01-05T00:00:00+00:00","value":5}]}]}]}
        """;

    private readonly PlanFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Validate_PlanStartingOnTheFirstDayWithPhasedTargets_SaysValidOnlyAfterScoringIt()
    {
        string path = files.Write("edge.json", FirstDayPhasedPlan);

        var run = new CliHarness().Run("validate", path, "--as-of", "0001-01-20");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("it scores as of 0001-01-20", BadInputTests.SingleLine(run.Output), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("score")]
    [InlineData("report")]
    public void Commands_PlanStartingOnTheFirstDayWithPhasedTargets_Succeed(string command)
    {
        string path = files.Write("edge.json", FirstDayPhasedPlan);
        string[] args = command == "report" ? [command, path, "--as-of", "0001-01-20", "--out", files.Path("r.html")] : [command, path, "--as-of", "0001-01-20"];

        var run = new CliHarness().Run(args);

        Assert.True(run.ExitCode == 0, run.Error);
    }

    [Fact]
    public void CheckIn_PlanStartingOnTheFirstDayWithPhasedTargets_SavesTheCheckIn()
    {
        string path = files.Write("edge.json", FirstDayPhasedPlan);

        var run = new CliHarness().Run("check-in", path, "k1", "20", "--at", "0001-01-20", "--as-of", "0001-01-20");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(2, OkrJson.Deserialize(File.ReadAllText(path)).FindKeyResult("k1")!.CheckIns.Length);
    }

    [Fact]
    public void Import_JsonWithInvalidUtf8_IsInvalidInputNamingThePathAndLeavesThePlan()
    {
        string plan = files.Example();
        string before = File.ReadAllText(plan);
        string export = files.Path("jira.json");
        File.WriteAllBytes(export, [.. "{\"issues\":[{\"key\":\"A-1\",\"fields\":{\"summary\":\""u8, 0xC3, 0x28, .. "\"}}]}"u8]);

        var run = new CliHarness().Run("import", plan, export, "--from", "jira", "--key-result", "kr-coding-time");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("$.issues[0].fields.summary", BadInputTests.SingleLine(run.Error), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(plan));
    }
}
