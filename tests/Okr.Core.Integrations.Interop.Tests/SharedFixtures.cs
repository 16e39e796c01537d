namespace Okr.Core.Integrations.Interop.Tests;

/// <summary>
/// Finds the third-party recordings in <c>shared/fixtures/pm</c> and opens them in place (never copied into the
/// repository). The folder is <c>OKR_SHARED_PM</c> when set (so <c>.ci/run</c> and these tests agree on one folder),
/// otherwise the first <c>shared/fixtures/pm</c> in a directory above the test binaries (<c>../shared</c> beside the clone).
/// </summary>
internal static class SharedFixtures
{
    private static readonly Lazy<string> Folder = new(Find);

    public static string Pm => Folder.Value;

    public static Stream Open(string relativePath) => File.OpenRead(Path.Combine(Pm, relativePath));

    public static OkrPlan Plan() => new(
    [
        new Objective
        {
            Id = "o-1",
            Title = "Relaunch the website",
            Period = Period.Quarter(2026, 1),
            KeyResults = [new KeyResult { Id = "kr-1", Title = "Ship the relaunch work", Kind = new ActivityKind() }],
        },
    ]);

    private static string Find()
    {
        string? configured = Environment.GetEnvironmentVariable("OKR_SHARED_PM");
        if (!string.IsNullOrEmpty(configured))
        {
            return Directory.Exists(configured)
                ? configured
                : throw new DirectoryNotFoundException("OKR_SHARED_PM is " + configured + ", which is not a directory.");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "fixtures", "pm");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            "The interop tests need the third-party recordings in ../shared/fixtures/pm (beside the clone), and no directory above "
            + AppContext.BaseDirectory + " has them. Set OKR_SHARED_PM to the folder, or run only Okr.Core.sln, which needs nothing beside it.");
    }
}
