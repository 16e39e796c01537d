namespace Okr.Core.Tests.Serialization;

/// <summary>Finds files of the repository (schema, golden files, docs) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Golden(string name) => Path.Combine(Root, "tests", "Okr.Core.Tests", "Serialization", "Golden", name);

    public static string Schema => Path.Combine(Root, "schema", "okr-plan.schema.json");

    /// <summary>Reads a golden file; when OKR_UPDATE_GOLDEN=1, writes <paramref name="actual"/> first (then review the diff).</summary>
    public static string ReadGolden(string name, string actual)
    {
        string path = Golden(name);
        if (Environment.GetEnvironmentVariable("OKR_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        return File.ReadAllText(path);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Okr.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with Okr.Core.sln) was not found above " + AppContext.BaseDirectory);
    }
}
