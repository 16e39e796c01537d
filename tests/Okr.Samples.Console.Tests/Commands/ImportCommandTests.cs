using Okr.Core;
using Okr.Core.Serialization;

namespace Okr.Samples.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private const string JiraCsv = """
        Issue key,Issue id,Summary,Issue Type,Status,Status Category,Assignee,Created,Updated,Resolved,Due date,Custom field (Start date),Parent key,Parent summary
        BENCH-1,1001,Benchmark suite,Epic,In Progress,In Progress,Mei Lin,2026-04-01 09:00,2026-05-10 09:00,,2026-06-30,2026-04-01,,
        BENCH-2,1002,Collect coding tasks,Story,Done,Done,Mei Lin,2026-04-02 09:00,2026-04-20 09:00,2026-04-20 09:00,2026-04-20,2026-04-02,BENCH-1,Benchmark suite
        BENCH-3,1003,Measure with and without AI,Story,In Progress,In Progress,Ravi Kumar,2026-04-21 09:00,2026-05-15 09:00,,2026-05-31,2026-04-21,BENCH-1,Benchmark suite
        BENCH-4,1004,Publish the results,Story,To Do,To Do,,2026-04-21 09:00,2026-04-21 09:00,,2026-06-30,2026-06-01,BENCH-1,Benchmark suite
        """;

    private readonly PlanFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Import_JiraCsv_AttachesTheEpicAndItsStoriesAndSaves()
    {
        string plan = files.Example();
        string export = files.Write("jira.csv", JiraCsv);

        var run = new CliHarness().Run("import", plan, export, "--from", "jira", "--key-result", "kr-coding-time");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Imported 3 task(s) in 1 initiative(s)", run.Output, StringComparison.Ordinal);
        var saved = OkrJson.Deserialize(File.ReadAllText(plan));
        var initiatives = saved.FindKeyResult("kr-coding-time")!.Initiatives;
        Assert.Equal(2, initiatives.Length);
        Assert.Equal("init-benchmark", initiatives[0].Id);
        Assert.Equal(["Collect coding tasks", "Measure with and without AI", "Publish the results"], initiatives[1].WorkItems.Select(w => w.Title));
        Assert.Equal(Okr.Core.WorkItemState.Done, initiatives[1].WorkItems[0].State);
        Assert.Equal(["jira.csv", "plan.json"], files.Files());
    }

    [Fact]
    public void Import_Twice_RefreshesTheInitiativeInsteadOfDuplicatingIt()
    {
        string plan = files.Example();
        string export = files.Write("jira.csv", JiraCsv);

        new CliHarness().Run("import", plan, export, "--from", "jira", "--key-result", "kr-coding-time");
        var second = new CliHarness().Run("import", plan, export, "--from", "jira", "--key-result", "kr-coding-time");

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(2, OkrJson.Deserialize(File.ReadAllText(plan)).FindKeyResult("kr-coding-time")!.Initiatives.Length);
    }

    [Fact]
    public void Import_WrongToolForTheFile_OneLineExitOnePlanUntouched()
    {
        string plan = files.Example();
        byte[] before = File.ReadAllBytes(plan);
        string export = files.Write("jira.csv", JiraCsv);

        var run = new CliHarness().Run("import", plan, export, "--from", "asana", "--key-result", "kr-coding-time");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: {export}: cannot be imported: ", BadInputTests.SingleLine(run.Error), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(plan));
    }

    [Fact]
    public void Import_MissingSource_OneLineExitOne()
    {
        string plan = files.Example();
        string export = files.Path("nope.csv");

        var run = new CliHarness().Run("import", plan, export, "--from", "jira", "--key-result", "kr-coding-time");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {export}: no such file.", BadInputTests.SingleLine(run.Error));
    }

    [Fact]
    public void Import_UnknownKeyResult_OneLineExitOne()
    {
        string plan = files.Example();
        string export = files.Write("jira.csv", JiraCsv);

        var run = new CliHarness().Run("import", plan, export, "--from", "jira", "--key-result", "kr-nope");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {plan}: no item has the id 'kr-nope'.", BadInputTests.SingleLine(run.Error));
    }

    [Theory]
    [InlineData("--from", "trello", "--key-result", "kr-bugs")]
    [InlineData("--from", "jira")]
    public void Import_BadOptions_IsUsageError(params string[] options)
    {
        string plan = files.Example();
        string export = files.Write("jira.csv", JiraCsv);

        var run = new CliHarness().Run(["import", plan, export, .. options]);

        Assert.Equal(2, run.ExitCode);
    }
}
