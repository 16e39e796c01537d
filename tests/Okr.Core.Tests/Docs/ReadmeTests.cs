namespace Okr.Core.Tests.Docs;

public class ReadmeTests
{
    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Okr.Core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Okr.Core.sln not found above " + AppContext.BaseDirectory);
    }

    private static string Normalize(IEnumerable<string> lines)
    {
        var list = lines.Where(l => l.Trim().Length > 0).ToList();
        int indent = list.Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", list.Select(l => l[indent..].TrimEnd()));
    }

    [Fact]
    public void QuickStart_ComputesTheNumbersTheReadmeShows()
    {
        var output = new StringWriter();
        var scorecard = ReadmeQuickStart.Run(output);
        Assert.Equal(0.4m, scorecard["coding-time"].Progress!.Value.Ratio);
        Assert.Equal(20m / 35m, scorecard["costs"].Progress!.Value.Ratio);
        Assert.StartsWith("ai-coding Objective 48.57% Behind", output.ToString());
    }

    [Fact]
    public void Readme_ShowsTheCompiledQuickStartVerbatim()
    {
        string root = RepositoryRoot();
        var source = File.ReadAllLines(Path.Combine(root, "tests", "Okr.Core.Tests", "Docs", "ReadmeQuickStart.cs"))
            .SkipWhile(l => !l.Contains("begin-snippet: quickstart")).Skip(1)
            .TakeWhile(l => !l.Contains("end-snippet"));
        string readme = File.ReadAllText(Path.Combine(root, "README.md")).Replace("\r\n", "\n");
        var block = readme.Split("```csharp\n").Skip(1).Select(b => b[..b.IndexOf("```", StringComparison.Ordinal)])
            .Select(b => Normalize(b.Split('\n').Where(l => !l.StartsWith("using ", StringComparison.Ordinal))))
            .ToList();
        Assert.Contains(Normalize(source).Replace("console.WriteLine", "Console.WriteLine"), block);
    }

    [Fact]
    public void Readme_StartsWithTheSamplesAndTestCommands()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md"));
        var commands = lines.Where(l => l.StartsWith("dotnet ", StringComparison.Ordinal)).Take(2).ToList();
        Assert.Equal(["dotnet run --project samples/Okr.Samples.Console", "dotnet test Okr.Core.sln"], commands);
    }
}
