using Infra.Data.Schema;
using Microsoft.EntityFrameworkCore;

namespace Infra.Data;

/// <summary>
/// An open Infra database: SQLite file or PostgreSQL + PostGIS, schema brought up to date on open. Thread-safe: every
/// operation uses its own short-lived context. Use <see cref="Import.LayerImporter"/> to write layers and
/// <see cref="Store.LayerStore"/> to read them.
/// </summary>
public sealed class InfraDatabase
{
    private readonly DbContextOptions<InfraDbContext> contextOptions;
    private readonly ProviderDialect dialect;

    private InfraDatabase(
        DatabaseOptions options, ProviderDialect dialect, DbContextOptions<InfraDbContext> contextOptions, SchemaMigrationResult migration)
    {
        this.dialect = dialect;
        Options = options;
        this.contextOptions = contextOptions;
        Migration = migration;
    }

    public DatabaseOptions Options { get; }

    public DatabaseProvider Provider => Options.Provider;

    /// <summary>What the schema migration did on open.</summary>
    public SchemaMigrationResult Migration { get; }

    /// <summary>Opens (for SQLite: creates) the database and applies the pending schema scripts in one transaction.</summary>
    public static Task<InfraDatabase> OpenAsync(DatabaseOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return OpenAsync(options, ProviderDialect.For(options.Provider).Scripts, cancellationToken);
    }

    /// <summary>Opens with the given scripts instead of the embedded ones (tests of upgrades).</summary>
    internal static async Task<InfraDatabase> OpenAsync(
        DatabaseOptions options, IReadOnlyList<SchemaScript> scripts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Target);
        var dialect = ProviderDialect.For(options.Provider);
        var contextOptions = dialect.ContextOptions(options.Target);
        await using var context = new InfraDbContext(contextOptions);
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        var migration = await new SchemaMigrator(dialect, scripts).MigrateAsync(connection, cancellationToken);
        if (migration.AppliedScripts.Count > 0)
        {
            await ProviderDialect.AfterMigrationAsync(connection, cancellationToken);
        }

        return new InfraDatabase(options, dialect, contextOptions, migration);
    }

    /// <summary>The schema version recorded in the database now.</summary>
    public async Task<int> GetSchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var context = CreateContext();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        return await SchemaMigrator.CurrentVersionAsync(connection, null, cancellationToken);
    }

    internal InfraDbContext CreateContext()
    {
        var context = new InfraDbContext(contextOptions) { Dialect = dialect };
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        context.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return context;
    }
}
