using System.Globalization;
using System.Data.Common;
using Npgsql;

namespace Okr.Samples.Web.Storage;

/// <summary>
/// The store for deployments with several web instances: PostgreSQL through Npgsql. Writers of one plan are ordered by
/// the plan row's lock (the revision bump), so instances never lose each other's check-ins; migrations take an
/// advisory lock so two instances starting together migrate once.
/// </summary>
public sealed class PostgresPlanStore(string connectionString) : SqlPlanStore, IDisposable
{
    private const long MigrationLock = 0x4F4B52;
    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);

    /// <inheritdoc />
    protected override string BlobType => "BYTEA";

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await dataSource.OpenConnectionAsync(cancellationToken);

    /// <inheritdoc />
    protected override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_advisory_xact_lock(" + MigrationLock.ToString(CultureInfo.InvariantCulture) + ")";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => dataSource.Dispose();
}
