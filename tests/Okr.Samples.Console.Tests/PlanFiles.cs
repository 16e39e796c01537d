using Okr.Samples.Cli.Plans;

namespace Okr.Samples.Cli.Tests;

/// <summary>A temporary directory holding plan files for one test.</summary>
internal sealed class PlanFiles : IDisposable
{
    public PlanFiles() => Directory = System.IO.Directory.CreateTempSubdirectory("okr-cli-").FullName;

    public string Directory { get; }

    public string Path(string name) => System.IO.Path.Combine(Directory, name);

    /// <summary>Writes the built-in example as a plan file.</summary>
    public string Example(string name = "plan.json") => Write(name, PlanJson.Write(ExamplePlan.Build()));

    public string Write(string name, string text)
    {
        string path = Path(name);
        File.WriteAllText(path, text);
        return path;
    }

    public string[] Files() => System.IO.Directory.GetFiles(Directory).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    public void Dispose()
    {
        foreach (string file in System.IO.Directory.GetFiles(Directory))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        System.IO.Directory.Delete(Directory, recursive: true);
    }

    /// <summary>The repository root (the directory holding Okr.Core.sln).</summary>
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Okr.Core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Okr.Core.sln not found above the test binaries.");
    }
}
