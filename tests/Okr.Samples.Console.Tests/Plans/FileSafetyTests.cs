using System.Diagnostics;
using Okr.Core;
using Okr.Samples.Cli.Plans;

namespace Okr.Samples.Cli.Tests.Plans;

/// <summary>Writes through symbolic links, and temporary files a killed run leaves behind (issue 13, defects 7 and 9).</summary>
public sealed class FileSafetyTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("okr-safety-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void CheckIn_PlanBehindASymlink_WritesThroughToTheTargetAndKeepsTheLink()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string realFolder = Directory.CreateDirectory(Path.Combine(directory, "real")).FullName;
        string linkFolder = Directory.CreateDirectory(Path.Combine(directory, "links")).FullName;
        string real = Path.Combine(realFolder, "plan.json");
        File.WriteAllText(real, PlanJson.Write(ExamplePlan.Build()));
        string link = Path.Combine(linkFolder, "plan.json");
        File.CreateSymbolicLink(link, Path.Combine("..", "real", "plan.json"));
        int before = OkrJson.Deserialize(File.ReadAllText(real)).FindKeyResult("kr-bugs")!.CheckIns.Length;

        var run = new CliHarness().Run("check-in", link, "kr-bugs", "6.5");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal(before + 1, OkrJson.Deserialize(File.ReadAllText(real)).FindKeyResult("kr-bugs")!.CheckIns.Length);
        Assert.Equal(["plan.json"], Directory.GetFiles(linkFolder).Select(Path.GetFileName));
        Assert.Equal(["plan.json"], Directory.GetFiles(realFolder).Select(Path.GetFileName));
    }

    [Fact]
    public void WriteAllTextAtomic_ThroughAChainOfLinks_ReplacesTheFinalTarget()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string real = Path.Combine(directory, "real.json");
        File.WriteAllText(real, "old");
        string first = Path.Combine(directory, "first.json");
        string second = Path.Combine(directory, "second.json");
        File.CreateSymbolicLink(first, real);
        File.CreateSymbolicLink(second, first);

        new PhysicalPlanFiles().WriteAllTextAtomic(second, "new");

        Assert.Equal("new", File.ReadAllText(real));
        Assert.NotNull(new FileInfo(first).LinkTarget);
        Assert.NotNull(new FileInfo(second).LinkTarget);
    }

    [Fact]
    public void WriteAllTextAtomic_StaleTemporaryFileOfAKilledRun_IsRemovedAndALiveOneKept()
    {
        string path = Path.Combine(directory, "plan.json");
        File.WriteAllText(path, "old");
        int dead = DeadProcessId();
        string stale = Path.Combine(directory, $".plan.json.okr-{dead}-0123456789abcdef0123456789abcdef.tmp");
        string live = Path.Combine(directory, $".plan.json.okr-{Environment.ProcessId}-fedcba9876543210fedcba9876543210.tmp");
        string otherFile = Path.Combine(directory, $".other.json.okr-{dead}-0123456789abcdef0123456789abcdef.tmp");
        File.WriteAllText(stale, "half a plan");
        File.WriteAllText(live, "a concurrent write");
        File.WriteAllText(otherFile, "another file's");

        new PhysicalPlanFiles().WriteAllTextAtomic(path, "new");

        Assert.Equal("new", File.ReadAllText(path));
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(live));
        Assert.True(File.Exists(otherFile));
    }

    [Fact]
    public void WriteAllTextAtomic_TemporaryFile_IsNamedAfterTheFileTheToolAndTheProcess()
    {
        string path = Path.Combine(directory, "plan.json");
        string? seen = null;
        var files = new PhysicalPlanFiles(stream =>
        {
            seen = Directory.GetFiles(directory).Select(Path.GetFileName).Single(n => n != "plan.json");
            return stream;
        });

        files.WriteAllTextAtomic(path, "new");

        Assert.Matches($"^\\.plan\\.json\\.okr-{Environment.ProcessId}-[0-9a-f]{{32}}\\.tmp$", seen);
        Assert.Equal([path], Directory.GetFiles(directory));
    }

    /// <summary>The id of a process that has exited (and whose id is not reused yet).</summary>
    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo(OperatingSystem.IsWindows() ? "cmd.exe" : "true") { Arguments = OperatingSystem.IsWindows() ? "/c exit 0" : string.Empty, UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
