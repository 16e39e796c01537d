using System.Globalization;
using System.Data.Common;

namespace Okr.Samples.Web.Storage;

/// <summary>
/// The SQL behind both stores (SQLite and PostgreSQL speak the same statements here): a small row per plan holding its
/// revision and its snapshot's revision, the snapshot in a table of its own (written only with a new snapshot), and a
/// row per event. Each change bumps the plan row's revision
/// with <c>UPDATE ... RETURNING</c> inside the change's transaction, which orders concurrent writers (several
/// instances included) and makes <c>If-Match</c> a condition of that same statement.
/// </summary>
public abstract class SqlPlanStore : IPlanStore
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE okr_plans (id TEXT PRIMARY KEY, revision BIGINT NOT NULL, base_revision BIGINT NOT NULL, document {blob} NOT NULL);
        CREATE TABLE okr_events (plan_id TEXT NOT NULL REFERENCES okr_plans (id), revision BIGINT NOT NULL, kind TEXT NOT NULL,
            payload TEXT NOT NULL, PRIMARY KEY (plan_id, revision));
        """,
        // The document moves out of the plan row: SQLite rewrites a whole row on UPDATE, so bumping the revision of a
        // 100,000-item plan rewrote its megabytes on every check-in.
        """
        CREATE TABLE okr_documents (plan_id TEXT PRIMARY KEY REFERENCES okr_plans (id), document {blob} NOT NULL);
        INSERT INTO okr_documents (plan_id, document) SELECT id, document FROM okr_plans;
        ALTER TABLE okr_plans DROP COLUMN document;
        """,
    ];

    /// <summary>The column type of binary data.</summary>
    protected abstract string BlobType { get; }

    /// <summary>Opens a connection.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>An open connection.</returns>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Runs first in the migration's transaction: takes whatever lock keeps two instances from migrating at once.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="transaction">The transaction.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    protected virtual Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Waits for this process's turn to write (SQLite allows one writer at a time); the default does not wait.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>What ends the turn.</returns>
    protected virtual ValueTask<IDisposable> EnterWriteAsync(CancellationToken cancellationToken) => ValueTask.FromResult<IDisposable>(NoLock.Instance);

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockForMigrationAsync(connection, transaction, cancellationToken);
        await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS okr_schema (version INTEGER NOT NULL)", cancellationToken);
        long version = Convert.ToInt64(await ScalarAsync(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM okr_schema", cancellationToken) ?? 0L, CultureInfo.InvariantCulture);
        for (long next = version + 1; next <= Migrations.Length; next++)
        {
            await ExecuteAsync(connection, transaction, Migrations[next - 1].Replace("{blob}", BlobType, StringComparison.Ordinal), cancellationToken);
            await ExecuteAsync(connection, transaction, "INSERT INTO okr_schema (version) VALUES (@v)", cancellationToken, ("v", next));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<PlanHead?> GetHeadAsync(string planId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ReadHeadAsync(connection, null, planId, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<StoredPlan?> LoadAsync(string planId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = Command(connection, transaction, "SELECT p.revision, p.base_revision, d.document FROM okr_plans p JOIN okr_documents d ON d.plan_id = p.id WHERE p.id = @id", ("id", planId));
        PlanHead head;
        byte[] document;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            head = new PlanHead(reader.GetInt64(0), reader.GetInt64(1));
            document = (byte[])reader.GetValue(2);
        }

        var events = await ReadEventsAsync(connection, transaction, planId, head.BaseRevision, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new StoredPlan(head, document, events);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PlanEvent>> ReadEventsAsync(string planId, long afterRevision, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ReadEventsAsync(connection, null, planId, afterRevision, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<SnapshotWritten?> WriteSnapshotAsync(string planId, byte[] document, long? expectedRevision, CancellationToken cancellationToken)
    {
        using var turn = await EnterWriteAsync(cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        bool created = false;
        object? revision = null;
        if (expectedRevision is not 0)
        {
            string condition = expectedRevision is null ? "" : " AND revision = @expected";
            revision = await ScalarAsync(connection, transaction,
                "UPDATE okr_plans SET revision = revision + 1, base_revision = revision + 1 WHERE id = @id" + condition + " RETURNING revision",
                cancellationToken, ("id", planId), ("expected", expectedRevision ?? 0));
        }

        if (revision is null && expectedRevision is null or 0)
        {
            revision = await ScalarAsync(connection, transaction,
                "INSERT INTO okr_plans (id, revision, base_revision) VALUES (@id, 1, 1) ON CONFLICT (id) DO NOTHING RETURNING revision",
                cancellationToken, ("id", planId));
            created = revision is not null;
        }

        if (revision is null)
        {
            return null;
        }

        long written = Convert.ToInt64(revision, CultureInfo.InvariantCulture);
        await ExecuteAsync(connection, transaction,
            "INSERT INTO okr_documents (plan_id, document) VALUES (@id, @document) ON CONFLICT (plan_id) DO UPDATE SET document = excluded.document",
            cancellationToken, ("id", planId), ("document", document));
        await ExecuteAsync(connection, transaction, "DELETE FROM okr_events WHERE plan_id = @id AND revision <= @revision", cancellationToken, ("id", planId), ("revision", written));
        await transaction.CommitAsync(cancellationToken);
        return new SnapshotWritten(written, created);
    }

    /// <inheritdoc />
    public async Task<long?> AppendAsync(string planId, string kind, string payload, long? expectedRevision, CancellationToken cancellationToken)
    {
        using var turn = await EnterWriteAsync(cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        string condition = expectedRevision is null ? "" : " AND revision = @expected";
        object? revision = await ScalarAsync(connection, transaction, "UPDATE okr_plans SET revision = revision + 1 WHERE id = @id" + condition + " RETURNING revision",
            cancellationToken, ("id", planId), ("expected", expectedRevision ?? 0));
        if (revision is null)
        {
            return null;
        }

        long appended = Convert.ToInt64(revision, CultureInfo.InvariantCulture);
        await ExecuteAsync(connection, transaction, "INSERT INTO okr_events (plan_id, revision, kind, payload) VALUES (@id, @revision, @kind, @payload)",
            cancellationToken, ("id", planId), ("revision", appended), ("kind", kind), ("payload", payload));
        await transaction.CommitAsync(cancellationToken);
        return appended;
    }

    /// <inheritdoc />
    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ScalarAsync(connection, null, "SELECT COUNT(*) FROM okr_schema", cancellationToken);
    }

    private static async Task<PlanHead?> ReadHeadAsync(DbConnection connection, DbTransaction? transaction, string planId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT revision, base_revision FROM okr_plans WHERE id = @id", ("id", planId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new PlanHead(reader.GetInt64(0), reader.GetInt64(1)) : null;
    }

    private static async Task<IReadOnlyList<PlanEvent>> ReadEventsAsync(DbConnection connection, DbTransaction? transaction, string planId, long afterRevision, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction,
            "SELECT revision, kind, payload FROM okr_events WHERE plan_id = @id AND revision > @after ORDER BY revision", ("id", planId), ("after", afterRevision));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<PlanEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new PlanEvent(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }

        return events;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        object? value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            if (!sql.Contains("@" + name, StringComparison.Ordinal))
            {
                continue;
            }

            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private sealed class NoLock : IDisposable
    {
        public static readonly NoLock Instance = new();

        public void Dispose()
        {
        }
    }
}
