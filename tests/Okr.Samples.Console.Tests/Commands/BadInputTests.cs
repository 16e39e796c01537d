namespace Okr.Samples.Cli.Tests.Commands;

/// <summary>Bad input: one clear line naming the file and the problem, the right exit code, no stack trace, the file untouched.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("okr-bad-").FullName;

    public void Dispose()
    {
        foreach (string file in Directory.GetFiles(directory))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(directory, recursive: true);
    }

    public static TheoryData<string> FileCommands() => new()
    {
        "score", "explain {0} kr-1", "what-if {0} kr-1 3", "needed {0} obj-1 0.7", "gantt", "report {0} --out r.html", "validate",
        "check-in {0} kr-1 3", "carry-over {0} --to 2026-Q3",
    };

    [Theory]
    [MemberData(nameof(FileCommands))]
    public void Command_MissingFile_OneLineNamingTheFileExitOne(string command)
    {
        string path = Path.Combine(directory, "missing.json");

        var run = new CliHarness().Run(Args(command, path));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {path}: no such file.", SingleLine(run.Error));
    }

    [Theory]
    [MemberData(nameof(FileCommands))]
    public void Command_Directory_OneLineNamingTheDirectoryExitOne(string command)
    {
        var run = new CliHarness().Run(Args(command, directory));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {directory}: is a directory, not a plan file.", SingleLine(run.Error));
    }

    [Fact]
    public void CheckIn_BuiltInExample_IsInvalidInput()
    {
        var run = new CliHarness().Run("check-in", "@example", "kr-bugs", "5");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("@example: the built-in example cannot be changed", SingleLine(run.Error), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check-in", "@example", "kr-bugs", "5", "--confidence", "1.5")]
    [InlineData("check-in", "@example", "kr-bugs", "5", "--at", "yesterday")]
    [InlineData("check-in", "@example", "kr-bugs", "five")]
    [InlineData("carry-over", "@example", "--to", "Q3")]
    [InlineData("carry-over", "@example")]
    [InlineData("score", "@example", "--as-of", "2026-13-01")]
    [InlineData("explain")]
    [InlineData("gantt", "@example", "--format", "png")]
    [InlineData("score", "@example", "--no-such-option")]
    public void Command_BadCommandLine_IsUsageErrorWithoutStackTrace(params string[] args)
    {
        var run = new CliHarness().Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("usage error:", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.DoesNotContain(" at Okr.", run.Error, StringComparison.Ordinal);
    }

    internal static string[] Args(string command, string path)
    {
        string text = command.Contains("{0}", StringComparison.Ordinal) ? command : command + " {0}";
        return text.Split(' ').Select(part => part == "{0}" ? path : part).ToArray();
    }

    internal static string SingleLine(string error)
    {
        var lines = error.Trim().Split('\n');
        Assert.Single(lines);
        return lines[0].TrimEnd();
    }
}
