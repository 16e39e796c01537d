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

    private const string ClickUpJson = """
        {"tasks":[
          {"id":"86a1","name":"Collect coding tasks","status":{"status":"shipped","type":"closed"},"date_done":"1776240000000","date_updated":"1776240000000","list":{"id":"9001","name":"Benchmark list"}},
          {"id":"86a2","name":"Measure with and without AI","status":{"status":"in review","type":"custom"},"dependencies":[{"task_id":"86a2","depends_on":"86a1","type":1}],"list":{"id":"9001","name":"Benchmark list"}},
          {"id":"86a3","name":"Publish the results","status":{"status":"parked","type":"someday"},"list":{"id":"9001","name":"Benchmark list"}}
        ],"last_page":true}
        """;

    private const string MondayJson = """
        {"data":{"boards":[{"id":"4001","name":"Benchmark","items_page":{"cursor":null,"items":[
          {"id":"7001","name":"Collect coding tasks","group":{"id":"topics","title":"Benchmark suite"},"column_values":[{"id":"status","type":"status","text":"Done"}]},
          {"id":"7002","name":"Measure with and without AI","group":{"id":"topics","title":"Benchmark suite"},"column_values":[{"id":"status","type":"status","text":"Working on it"},{"id":"timeline","type":"timeline","text":"2026-04-21 - 2026-05-31","value":"{\"from\":\"2026-04-21\",\"to\":\"2026-05-31\"}"}]},
          {"name":"No id"}
        ]}}]},"account_id":1}
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
    public void Import_IntoACheckInKeyResult_SaysTheWorkDoesNotMoveIt()
    {
        string plan = files.Example();
        string export = files.Write("jira.csv", JiraCsv);

        var run = new CliHarness().Run("import", plan, export, "--from", "jira", "--key-result", "kr-coding-time");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("note kr-coding-time is measured by check-ins (linear); imported work is shown under it but does not move its progress; an activity key result would.", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("kr-coding-time progress:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_HelpExample_IsAnActivityKeyResultWhoseProgressMoves()
    {
        var help = new CliHarness().Run("import", "--help");
        Assert.Contains("import all-kinds.json jira-export.csv --from jira --key-result kr-activity-share", help.Output, StringComparison.Ordinal);

        // The example's plan is samples/data/all-kinds.json; run it there (on a copy).
        string plan = files.Write("all-kinds.json", File.ReadAllText(System.IO.Path.Combine(PlanFiles.RepositoryRoot(), "samples", "data", "all-kinds.json")));
        string export = files.Write("jira-export.csv", "Issue key,Summary,Status,Resolution\nAI-1,Pick tasks,Done,Done\nAI-2,Time them,Done,Done\nAI-3,Duplicate of AI-2,Done,Duplicate\n");
        var run = new CliHarness().Run("import", plan, export, "--from", "jira", "--key-result", "kr-activity-share", "--as-of", "2026-05-20");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("note ", run.Output, StringComparison.Ordinal);
        var moved = run.Output.Split('\n').Single(l => l.StartsWith("kr-activity-share progress: ", StringComparison.Ordinal));
        var parts = moved["kr-activity-share progress: ".Length..].Split(" -> ");
        Assert.Equal(("33.3%", "60%"), (parts[0].Trim(), parts[1].Trim())); // 1 of 3 done, then 3 of 5 (the duplicate does not count)
        Assert.Contains("resolutions: Done -> Done (2 issues); Duplicate -> Cancelled (1 issue)", run.Output, StringComparison.Ordinal);
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

    [Fact]
    public void Import_ClickUpJson_AttachesTheListAndReportsTheUnknownStatus()
    {
        string plan = files.Example();
        string export = files.Write("clickup.json", ClickUpJson);

        var run = new CliHarness().Run("import", plan, export, "--from", "clickup", "--key-result", "kr-coding-time");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Imported 3 task(s) in 1 initiative(s)", run.Output, StringComparison.Ordinal);
        Assert.Contains("unknown statuses", run.Output, StringComparison.Ordinal);
        Assert.Contains("parked [someday]", run.Output, StringComparison.Ordinal);
        var initiative = OkrJson.Deserialize(File.ReadAllText(plan)).FindKeyResult("kr-coding-time")!.Initiatives[1];
        Assert.Equal("clickup:9001", initiative.Id);
        Assert.Equal("Benchmark list", initiative.Title);
        Assert.Equal([Okr.Core.WorkItemState.Done, Okr.Core.WorkItemState.InProgress, Okr.Core.WorkItemState.NotStarted], initiative.WorkItems.Select(w => w.State));
        Assert.Equal(["clickup:86a1"], initiative.WorkItems[1].DependsOn.ToArray());
    }

    [Fact]
    public void Import_MondayJson_AttachesTheBoardGroupAndReportsTheSkippedItem()
    {
        string plan = files.Example();
        string export = files.Write("monday.json", MondayJson);

        var run = new CliHarness().Run("import", plan, export, "--from", "monday", "--key-result", "kr-coding-time");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Imported 2 task(s) in 1 initiative(s)", run.Output, StringComparison.Ordinal);
        Assert.Contains("3 row(s) read, 0 structural, 1 skipped", run.Output, StringComparison.Ordinal);
        Assert.Contains("$.data.boards[0].items_page.items[2]", run.Output, StringComparison.Ordinal);
        var initiative = OkrJson.Deserialize(File.ReadAllText(plan)).FindKeyResult("kr-coding-time")!.Initiatives[1];
        Assert.Equal("monday:4001/topics", initiative.Id);
        Assert.Equal("Benchmark suite", initiative.Title);
        Assert.Equal(new DateOnly(2026, 4, 21), initiative.WorkItems[1].Start);
    }

    [Fact]
    public void Import_MondayCsv_IsRefusedWithTheExpectedExtension()
    {
        string plan = files.Example();
        string export = files.Write("monday.csv", JiraCsv);

        var run = new CliHarness().Run("import", plan, export, "--from", "monday", "--key-result", "kr-coding-time");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {export}: a monday import reads .json files, not '.csv'.", BadInputTests.SingleLine(run.Error));
    }

    [Fact]
    public void Import_TruncatedClickUpJson_OneLineExitOnePlanUntouched()
    {
        string plan = files.Example();
        byte[] before = File.ReadAllBytes(plan);
        string export = files.Write("clickup.json", ClickUpJson[..120]);

        var run = new CliHarness().Run("import", plan, export, "--from", "clickup", "--key-result", "kr-coding-time");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: {export}: cannot be imported: $.tasks[0]: ", BadInputTests.SingleLine(run.Error), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(plan));
    }
}
