using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Okr.Samples.Web.Storage;

/// <summary>
/// The embedded default: one SQLite file (created with its folder on first use), in WAL mode so readers never wait for
/// the writer. SQLite has one writer at a time, so this process's writers take turns before they open their
/// transaction; other processes on the same file are waited for through SQLite's busy timeout.
/// </summary>
public sealed class SqlitePlanStore : SqlPlanStore, IDisposable
{
    private readonly string connectionString;
    private readonly SemaphoreSlim writer = new(1, 1);
    private int walChecked;

    /// <summary>Uses the file at <paramref name="path"/>.</summary>
    /// <param name="path">The database file.</param>
    public SqlitePlanStore(string path)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
        FilePath = path;
    }

    /// <summary>The database file.</summary>
    public string FilePath { get; }

    /// <inheritdoc />
    protected override string BlobType => "BLOB";

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        // WAL is a property of the file (set once); the busy timeout and foreign keys are per connection.
        pragma.CommandText = (Interlocked.Exchange(ref walChecked, 1) == 0 ? "PRAGMA journal_mode = WAL; " : "") + "PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <inheritdoc />
    protected override async ValueTask<IDisposable> EnterWriteAsync(CancellationToken cancellationToken)
    {
        await writer.WaitAsync(cancellationToken);
        return new Turn(writer);
    }

    /// <inheritdoc />
    public void Dispose() => writer.Dispose();

    private sealed class Turn(SemaphoreSlim writer) : IDisposable
    {
        public void Dispose() => writer.Release();
    }
}
