namespace Okr.Core.Integrations.Tests;

/// <summary>Opens the repository's own fixtures and the shared interop fixtures (read in place, never copied).</summary>
internal static class Fixture
{
    public static Stream Open(string name) => File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static Stream FromText(string text) => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>The folder <c>shared/fixtures/pm</c>, found by walking up from the test binaries.</summary>
    public static string SharedPm
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "fixtures", "pm");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("No directory above " + AppContext.BaseDirectory + " contains shared/fixtures/pm.");
        }
    }

    public static Stream OpenShared(string relativePath) => File.OpenRead(Path.Combine(SharedPm, relativePath));

    public static OkrPlan Plan(KeyResultKind? kind = null) => new(
    [
        new Objective
        {
            Id = "o-1",
            Title = "Relaunch the website",
            Period = Period.Quarter(2026, 1),
            KeyResults = [new KeyResult { Id = "kr-1", Title = "Ship the relaunch work", Kind = kind ?? new ActivityKind() }],
        },
    ]);
}
