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
        "score", "explain {0} kr-1", "what-if {0} kr-1 3", "needed {0} obj-1 0.7", "gantt", "report {0} --out r.html", "validate", "import {0} x.csv --from jira --key-result kr-1",
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

    public static TheoryData<string, string, string> BadFiles() => new()
    {
        { "notes.txt", "These are my OKRs for Q2, not JSON.", "not a valid plan file" },
        { "truncated.json", "{\"objectives\": [ {\"id\": \"o\", \"title\": ", "not a valid plan file" },
        { "empty.json", "", "not a valid plan file" },
        { "array.json", "[1, 2, 3]", "not a valid plan file" },
        { "duplicate.json", DuplicateIds, "not a valid plan file" },
        { "bad-kind.json", BadKind, "not a valid plan file" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Command_BadPlanFile_OneLineNamingTheFileExitOneFileUntouched(string name, string content, string expected)
    {
        string path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        foreach (string command in new[] { "score", "explain {0} o", "check-in {0} kr 1", "validate", "report {0} --out out.html", "carry-over {0} --to 2026-Q3" })
        {
            var run = new CliHarness().Run(Args(command, path));

            Assert.Equal(1, run.ExitCode);
            string line = SingleLine(run.Error);
            Assert.StartsWith($"error: {path}: {expected}", line, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\bat [A-Z]\w*(\.\w+)+\(", line);
            Assert.DoesNotContain("LineNumber:", line, StringComparison.Ordinal);
            Assert.Equal(content, File.ReadAllText(path));
        }

        Assert.Equal([name], Directory.GetFiles(directory).Select(Path.GetFileName));
    }

    [Fact]
    public void Command_BinaryFile_OneLineExitOne()
    {
        string path = Path.Combine(directory, "picture.png");
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFF, 0xFE, 0x00, 0x80];
        File.WriteAllBytes(path, bytes);

        var run = new CliHarness().Run("score", path);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: {path}: ", SingleLine(run.Error), StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void Command_DuplicateIds_NamesTheId()
    {
        string path = Path.Combine(directory, "duplicate.json");
        File.WriteAllText(path, DuplicateIds);

        var run = new CliHarness().Run("score", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'o'", SingleLine(run.Error), StringComparison.Ordinal);
    }

    [Fact]
    public void Command_UnexpectedFailure_OneLineExitThreeNoStackTrace()
    {
        var run = new CliHarness(new ExplodingFiles()).Run("score", "plan.json");

        Assert.Equal(3, run.ExitCode);
        Assert.Equal("internal error: InvalidOperationException: boom", SingleLine(run.Error));
    }

    private sealed class ExplodingFiles : Okr.Samples.Cli.Plans.IPlanFiles
    {
        public bool FileExists(string path) => true;

        public bool DirectoryExists(string path) => false;

        public bool IsReadOnly(string path) => false;

        public string ReadAllText(string path) => throw new InvalidOperationException("boom");

        public void WriteAllTextAtomic(string path, string text) => throw new InvalidOperationException("boom");
    }

    private const string DuplicateIds = """
        {"schemaVersion": 1, "objectives": [
          {"id": "o", "title": "One", "period": {"start": "2026-04-01", "end": "2026-06-30"}, "keyResults": []},
          {"id": "o", "title": "Two", "period": {"start": "2026-04-01", "end": "2026-06-30"}, "keyResults": []}]}
        """;

    private const string BadKind = """
        {"schemaVersion": 1, "objectives": [
          {"id": "o", "title": "One", "period": {"start": "2026-04-01", "end": "2026-06-30"}, "keyResults": [
            {"id": "kr", "title": "K", "kind": {"type": "linear", "direction": "increase", "start": 10, "target": 5}}]}]}
        """;
}
