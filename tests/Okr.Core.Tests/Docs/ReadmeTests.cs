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
    public void Readme_StartsWithTheSamplesAndTestCommands()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md"));
        var commands = lines.Where(l => l.StartsWith("dotnet ", StringComparison.Ordinal)).Take(2).ToList();
        Assert.Equal(["dotnet run --project samples/Okr.Samples.Console", "dotnet test Okr.Core.sln"], commands);
    }
}
