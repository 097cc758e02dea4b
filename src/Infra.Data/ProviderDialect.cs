using Infra.Data.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Infra.Data;

/// <summary>Everything that differs between SQLite and PostgreSQL, in one place.</summary>
internal sealed class ProviderDialect
{
    private ProviderDialect(
        DatabaseProvider provider, string scriptFolder, string schemaVersionTableSql, string? migrationLockSql, int insertParameterBudget)
    {
        InsertParameterBudget = insertParameterBudget;
        Provider = provider;
        ScriptFolder = scriptFolder;
        SchemaVersionTableSql = schemaVersionTableSql;
        MigrationLockSql = migrationLockSql;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>Folder of the embedded scripts under <c>Schema/</c>.</summary>
    public string ScriptFolder { get; }

    public string SchemaVersionTableSql { get; }

    /// <summary>Serialises concurrent starts against one server; SQLite's write lock already does.</summary>
    public string? MigrationLockSql { get; }

    /// <summary>
    /// Parameters per bulk INSERT command. PostgreSQL pays a round trip per command, so many rows go in one; SQLite runs
    /// in process and binds a reused single-row statement fastest (measured: multi-row took eight times as long).
    /// </summary>
    public int InsertParameterBudget { get; }

    public IReadOnlyList<SchemaScript> Scripts => SchemaScript.Embedded(ScriptFolder);

    public static ProviderDialect For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new ProviderDialect(
            provider,
            "Sqlite",
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, "
            + "applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)",
            null,
            1),
        DatabaseProvider.Postgres => new ProviderDialect(
            provider,
            "Postgres",
            "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL PRIMARY KEY, name text NOT NULL, "
            + "applied_at timestamptz NOT NULL DEFAULT now())",
            // Any constant key works; this one spells "INFRA" so it is recognisable in pg_locks.
            "SELECT pg_advisory_xact_lock(7378866113)",
            1000),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "unknown database provider"),
    };

    /// <summary>
    /// After scripts ran: Npgsql knows the database's types from its first connection, taken before the scripts created
    /// the PostGIS extension; reloading them lets every later connection send and read geometry.
    /// </summary>
    public static Task AfterMigrationAsync(System.Data.Common.DbConnection connection, CancellationToken ct) =>
        connection is NpgsqlConnection npgsql ? npgsql.ReloadTypesAsync(ct) : Task.CompletedTask;

    /// <summary>Points EF Core at the database; for SQLite creates the file's folder first.</summary>
    public DbContextOptions<InfraDbContext> ContextOptions(string target)
    {
        var builder = new DbContextOptionsBuilder<InfraDbContext>();
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                var full = Path.GetFullPath(target);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                var connection = new SqliteConnectionStringBuilder { DataSource = full, ForeignKeys = true };
                builder.UseSqlite(connection.ToString());
                break;
            case DatabaseProvider.Postgres:
                // PostGIS geometry as NetTopologySuite types (the geom columns, spatial predicates in SQL); 2D only, as
                // the columns are: coordinates built with an unset Z would otherwise be sent as 3D.
                builder.UseNpgsql(target, o => o.UseNetTopologySuite(handleOrdinates: NetTopologySuite.Geometries.Ordinates.XY));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(target), Provider, "unknown database provider");
        }

        return builder.Options;
    }
}
