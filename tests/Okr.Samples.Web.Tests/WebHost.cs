using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Okr.Samples.Web.Tests;

/// <summary>The web sample in memory over a real SQLite file of its own (deleted at the end), with a fixed clock.</summary>
public sealed class WebHost : WebApplicationFactory<Program>
{
    /// <summary>The day the tests run on: day 50 of the example's quarter.</summary>
    public static readonly DateTimeOffset Now = new(2026, 5, 20, 12, 0, 0, TimeSpan.Zero);

    public WebHost(string? databasePath = null)
    {
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), "okr-web-tests-" + Guid.NewGuid().ToString("N"), "okr.db");
    }

    public string DatabasePath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Provider", "sqlite");
        builder.UseSetting("Storage:SqlitePath", DatabasePath);
        builder.UseSetting("Storage:MaxImportBytes", "1048576");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(new FixedClock(Now));
        });
    }

    /// <summary>Deletes the database folder (call when no host uses it any more).</summary>
    public void DeleteDatabase()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        string? folder = Path.GetDirectoryName(DatabasePath);
        if (folder is not null && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
