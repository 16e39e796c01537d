using System.Text.Json;
using Okr.Core;
using Okr.Core.Serialization;
using Okr.Samples.Cli.Plans;

namespace Okr.Samples.Cli.Tests.Commands;

/// <summary>The commands on real plan files in the library's JSON format.</summary>
public sealed class FileCommandsTests : IDisposable
{
    private readonly PlanFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Score_File_DefaultsToTodayFromTheClock()
    {
        string path = files.Example();

        var run = new CliHarness(now: new DateTimeOffset(2026, 6, 30, 18, 0, 0, TimeSpan.Zero)).Run("score", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Scorecard as of 2026-06-30", run.Output, StringComparison.Ordinal);
        Assert.All(PlanOutline.Build(ExamplePlan.Build()), row => Assert.Contains(row.Id, run.Output, StringComparison.Ordinal));
    }

    [Fact]
    public void Score_Json_IsTheLibrarysScorecardJson()
    {
        string path = files.Example();

        var run = new CliHarness().Run("score", path, "--format", "json", "--as-of", "2026-05-20");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        string text = run.Output;
        Assert.All(PlanOutline.Build(ExamplePlan.Build()), row => Assert.Contains($"\"{row.Id}\"", text, StringComparison.Ordinal));
        Assert.Contains("2026-05-20", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_File_ExplainsTheItem()
    {
        string path = files.Example();

        var run = new CliHarness().Run("explain", path, "kr-costs", "--as-of", "2026-05-20");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("(88 - 100) / (65 - 100)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIfAndNeeded_File_DoNotChangeTheFile()
    {
        string path = files.Example();
        byte[] before = File.ReadAllBytes(path);

        var whatIf = new CliHarness().Run("what-if", path, "kr-bugs", "4", "--as-of", "2026-05-20");
        var needed = new CliHarness().Run("needed", path, "obj-ai-python", "0.7", "--as-of", "2026-05-20");

        Assert.Equal(0, whatIf.ExitCode);
        Assert.Equal(0, needed.ExitCode);
        Assert.Contains("66.7%", whatIf.Output, StringComparison.Ordinal);
        Assert.Contains("53.33", needed.Output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void GanttAndReport_File_Work()
    {
        string path = files.Example();
        string report = files.Path("report.html");

        var gantt = new CliHarness().Run("gantt", path, "--format", "mermaid");
        var html = new CliHarness().Run("report", path, "--out", report);

        Assert.Equal(0, gantt.ExitCode);
        Assert.StartsWith("gantt", gantt.Output, StringComparison.Ordinal);
        Assert.Equal(0, html.ExitCode);
        Assert.Contains("Build a benchmarking program", File.ReadAllText(report), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckIn_File_AppendsTheCheckInAndKeepsEverythingElse()
    {
        string path = files.Example();
        var original = OkrJson.Deserialize(File.ReadAllText(path));

        var run = new CliHarness().Run("check-in", path, "kr-bugs", "5.5", "--confidence", "0.6", "--note", "Checklist adopted", "--author", "qa", "--at", "2026-05-21");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Checked in 5.5 for kr-bugs", run.Output, StringComparison.Ordinal);
        var saved = OkrJson.Deserialize(File.ReadAllText(path));
        var checkIn = saved.FindKeyResult("kr-bugs")!.CheckIns[^1];
        Assert.Equal(5.5m, checkIn.Value);
        Assert.Equal(0.6m, checkIn.Confidence);
        Assert.Equal("Checklist adopted", checkIn.Note);
        Assert.Equal("qa", checkIn.Author);
        Assert.Equal(new DateOnly(2026, 5, 21), checkIn.Day);
        Assert.Equal(original.AddCheckIn("kr-bugs", checkIn), saved);
        Assert.Equal(["plan.json"], files.Files());
    }

    [Fact]
    public void CheckIn_WithoutAt_UsesTheClock()
    {
        string path = files.Example();

        var run = new CliHarness(now: new DateTimeOffset(2026, 5, 22, 8, 30, 0, TimeSpan.Zero)).Run("check-in", path, "kr-costs", "85");

        Assert.Equal(0, run.ExitCode);
        var checkIn = OkrJson.Deserialize(File.ReadAllText(path)).FindKeyResult("kr-costs")!.CheckIns[^1];
        Assert.Equal(new DateTimeOffset(2026, 5, 22, 8, 30, 0, TimeSpan.Zero), checkIn.At);
    }

    [Fact]
    public void CheckIn_UnknownProperties_AreKeptAtEveryLevel()
    {
        string json = PlanJson.Write(ExamplePlan.Build());
        {
            var root = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
            root["x-owner-tool"] = new System.Text.Json.Nodes.JsonObject { ["name"] = "sheets", ["rev"] = 7 };
            var objective = root["objectives"]![1]!.AsObject();
            objective["x-colour"] = "teal";
            var keyResult = objective["keyResults"]![2]!.AsObject();
            keyResult["x-dashboard"] = new System.Text.Json.Nodes.JsonArray(1, 2, 3);
            json = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        }

        string path = files.Write("plan.json", json);

        var run = new CliHarness().Run("check-in", path, "kr-bugs", "6", "--at", "2026-05-21");

        Assert.Equal(0, run.ExitCode);
        var saved = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
        Assert.Equal("sheets", (string?)saved["x-owner-tool"]!["name"]);
        Assert.Equal(7, (int)saved["x-owner-tool"]!["rev"]!);
        Assert.Equal("teal", (string?)saved["objectives"]![1]!["x-colour"]);
        Assert.Equal("[1,2,3]", saved["objectives"]![1]!["keyResults"]![2]!["x-dashboard"]!.ToJsonString());
        Assert.Equal(6m, (decimal)saved["objectives"]![1]!["keyResults"]![2]!["checkIns"]!.AsArray()[^1]!["value"]!);
    }

    [Fact]
    public void CheckIn_WriteFailsHalfWay_OriginalFileSurvivesAndNoTemporaryFileIsLeft()
    {
        string path = files.Example();
        byte[] before = File.ReadAllBytes(path);
        var failing = new PhysicalPlanFiles(stream => new FailingStream(stream, limit: 100));

        var run = new CliHarness(failing).Run("check-in", path, "kr-bugs", "6");

        Assert.Equal(1, run.ExitCode);
        string line = BadInputTests.SingleLine(run.Error);
        Assert.StartsWith($"error: {path}: cannot be written (No space left on device (simulated).); nothing was changed.", line, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(["plan.json"], files.Files());
    }

    [Fact]
    public void CheckIn_ReadOnlyFile_IsRefusedAndUntouched()
    {
        string path = files.Example();
        byte[] before = File.ReadAllBytes(path);
        File.SetAttributes(path, FileAttributes.ReadOnly);

        var run = new CliHarness().Run("check-in", path, "kr-bugs", "6");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {path}: is read-only; the check-in was not saved.", BadInputTests.SingleLine(run.Error));
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void CheckIn_UnknownKeyResult_IsInvalidInputAndUntouched()
    {
        string path = files.Example();
        byte[] before = File.ReadAllBytes(path);

        var run = new CliHarness().Run("check-in", path, "kr-nope", "6");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {path}: no item has the id 'kr-nope'.", BadInputTests.SingleLine(run.Error));
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void CarryOver_File_WritesTheNextPeriodToANewFile()
    {
        string path = files.Example();
        byte[] before = File.ReadAllBytes(path);

        var run = new CliHarness().Run("carry-over", path, "--to", "2026-Q3");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["plan-2026-Q3.json", "plan.json"], files.Files());
        Assert.Equal(before, File.ReadAllBytes(path));
        var next = OkrJson.Deserialize(File.ReadAllText(files.Path("plan-2026-Q3.json")));
        Assert.All(next.Objectives, o => Assert.Equal(Period.Quarter(2026, 3), o.Period));
        var codingTime = Assert.IsType<LinearKind>(next.FindKeyResult("kr-coding-time")!.Kind);
        Assert.Equal(3m, codingTime.Start);
        Assert.Equal(5m, codingTime.Target);
        Assert.Equal(0m, Assert.Single(next.FindKeyResult("kr-review-checklist")!.CheckIns).Value);
        Assert.Equal(ExamplePlan.Build().ItemCount, next.ItemCount);
    }

    [Fact]
    public void CarryOver_OutputExists_RefusesWithoutForce()
    {
        string path = files.Example();
        string existing = files.Write("next.json", "keep me");

        var refused = new CliHarness().Run("carry-over", path, "--to", "2026-07-01..2026-09-30", "--out", existing);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("already exists", refused.Error, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(existing));

        var forced = new CliHarness().Run("carry-over", path, "--to", "2026-07-01..2026-09-30", "--out", existing, "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(Period.Quarter(2026, 3), OkrJson.Deserialize(File.ReadAllText(existing)).Objectives[0].Period);
    }

    [Fact]
    public void Validate_PlanWithErrors_ListsEveryProblemWithPathsAndExitsOne()
    {
        var plan = ExamplePlan.Build();
        var bad = plan.ReplaceKeyResult(plan.FindKeyResult("kr-costs")! with { Weight = ContributionWeight.FixedShare(80m) })
            .ReplaceKeyResult(plan.FindKeyResult("kr-bugs")! with { Weight = ContributionWeight.FixedShare(70m) });
        string path = files.Write("bad.json", PlanJson.Write(bad));

        var run = new CliHarness().Run("validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Objectives[1]", run.Output, StringComparison.Ordinal);
        Assert.Contains("error", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{path}: the plan has", BadInputTests.SingleLine(run.Error), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ValidFile_ExitsZero()
    {
        var run = new CliHarness().Run("validate", files.Example());

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("valid", run.Output, StringComparison.Ordinal);
    }
}
