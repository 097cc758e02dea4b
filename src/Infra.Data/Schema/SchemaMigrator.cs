using System.Data.Common;
using System.Globalization;

namespace Infra.Data.Schema;

/// <summary>
/// Brings a database to the newest schema: creates <c>schema_version</c> when missing, then runs every script newer
/// than the recorded version, in order, in ONE transaction (a failing script leaves the database as it was). Running
/// it again is a no-op. A database newer than the scripts is refused rather than used.
/// </summary>
internal sealed class SchemaMigrator(ProviderDialect dialect, IReadOnlyList<SchemaScript> scripts)
{
    public async Task<SchemaMigrationResult> MigrateAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (dialect.MigrationLockSql is { } lockSql)
        {
            await ExecuteAsync(connection, transaction, lockSql, cancellationToken);
        }

        await ExecuteAsync(connection, transaction, dialect.SchemaVersionTableSql, cancellationToken);
        var from = await CurrentVersionAsync(connection, transaction, cancellationToken);
        var newest = scripts.Count == 0 ? 0 : scripts.Max(s => s.Version);
        if (from > newest)
        {
            throw new InvalidOperationException(
                $"the database has schema version {from}, newer than this program knows ({newest}); update the program");
        }

        var applied = new List<string>();
        foreach (var script in scripts.Where(s => s.Version > from).OrderBy(s => s.Version))
        {
            await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
            var record = string.Create(
                CultureInfo.InvariantCulture,
                $"INSERT INTO schema_version (version, name) VALUES ({script.Version}, '{script.Name.Replace("'", "''", StringComparison.Ordinal)}')");
            await ExecuteAsync(connection, transaction, record, cancellationToken);
            applied.Add(script.Name);
        }

        await transaction.CommitAsync(cancellationToken);
        return new SchemaMigrationResult(from, Math.Max(from, newest), applied);
    }

    /// <summary>The recorded version, 0 for a database without <c>schema_version</c> rows.</summary>
    public static async Task<int> CurrentVersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
