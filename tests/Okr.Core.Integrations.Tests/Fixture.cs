namespace Okr.Core.Integrations.Tests;

/// <summary>Opens the repository's own hand-written fixtures. The third-party recordings in ../shared are read only by tests/Okr.Core.Integrations.Interop.Tests, outside Okr.Core.sln.</summary>
internal static class Fixture
{
    public static Stream Open(string name) => File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static Stream FromText(string text) => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));

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
