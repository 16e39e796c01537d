using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Okr.Samples.Web.Tests;

/// <summary>
/// The web sample in memory with a fixed clock, over a real database of its own: an SQLite file (deleted at the end),
/// or, when the environment variable <c>OKR_TEST_POSTGRES</c> holds an Npgsql connection string (as in <c>.ci/run</c>,
/// which runs these same tests from tests/Okr.Samples.Web.Integration.Tests), a fresh PostgreSQL schema.
/// </summary>
public sealed class WebHost : WebApplicationFactory<Program>
{
    /// <summary>The day the tests run on: day 50 of the example's quarter.</summary>
    public static readonly DateTimeOffset Now = new(2026, 5, 20, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The PostgreSQL server to use, or null for SQLite.</summary>
    public static readonly string? Postgres = PostgresConnectionString();

    /// <summary>Creates a host over a new database, or over <paramref name="database"/> (another host's <see cref="Database"/>).</summary>
    public WebHost(string? database = null)
    {
        if (database is not null)
        {
            Database = database;
        }
        else if (Postgres is null)
        {
            Database = Path.Combine(Path.GetTempPath(), "okr-web-tests-" + Guid.NewGuid().ToString("N"), "okr.db");
        }
        else
        {
            Database = "okr_test_" + Guid.NewGuid().ToString("N");
            RunPostgres($"CREATE SCHEMA {Database}");
        }
    }

    /// <summary>The SQLite file, or the PostgreSQL schema.</summary>
    public string Database { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (Postgres is null)
        {
            builder.UseSetting("Storage:Provider", "sqlite");
            builder.UseSetting("Storage:SqlitePath", Database);
        }
        else
        {
            builder.UseSetting("Storage:Provider", "postgres");
            builder.UseSetting("Storage:PostgresConnectionString", new NpgsqlConnectionStringBuilder(Postgres) { SearchPath = Database }.ToString());
        }

        builder.UseSetting("Storage:MaxImportBytes", "1048576");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(new FixedClock(Now));
        });
    }

    /// <summary>Deletes the database (call when no host uses it any more).</summary>
    public void DeleteDatabase()
    {
        if (Postgres is not null)
        {
            RunPostgres($"DROP SCHEMA IF EXISTS {Database} CASCADE");
            return;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        string? folder = Path.GetDirectoryName(Database);
        if (folder is not null && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string? PostgresConnectionString()
    {
        string? value = Environment.GetEnvironmentVariable("OKR_TEST_POSTGRES");
#if OKR_POSTGRES_REQUIRED
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException("OKR_TEST_POSTGRES is not set: these tests run against a real PostgreSQL server (.ci/run installs and starts one).");
        }
#endif
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    private static void RunPostgres(string sql)
    {
        using var connection = new NpgsqlConnection(Postgres);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
