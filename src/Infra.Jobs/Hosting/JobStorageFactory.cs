using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Infra.Data;
using SQLite;

namespace Infra.Jobs.Hosting;

/// <summary>
/// Hangfire's storage in the app database: Hangfire.Storage.SQLite in the same SQLite file (its tables beside ours) or
/// Hangfire.PostgreSql in the schema <c>hangfire</c> of the same PostgreSQL database. Both create their tables on first use.
/// </summary>
internal static class JobStorageFactory
{
    public static JobStorage Create(DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.Provider switch
        {
            DatabaseProvider.Sqlite => Sqlite(Path.GetFullPath(database.Target)),
            DatabaseProvider.Postgres => Postgres(database.Target),
            _ => throw new ArgumentOutOfRangeException(nameof(database), database.Provider, "unknown database provider"),
        };
    }

    private static SQLiteStorage Sqlite(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new SQLiteStorageOptions
        {
            // Queued runs start within a second; the file is local, so polling is cheap.
            QueuePollInterval = TimeSpan.FromSeconds(1),
        };
        // A long busy timeout, as for the app's own connections: Hangfire, the jobs and the app take turns writing.
        return new SQLiteStorage(
            new SQLiteDbConnectionFactory(() => new SQLiteConnection(
                path, SQLiteOpenFlags.ReadWrite | SQLiteOpenFlags.Create | SQLiteOpenFlags.NoMutex, storeDateTimeAsTicks: true)
            {
                BusyTimeout = TimeSpan.FromSeconds(60),
            }),
            options);
    }

    private static PostgreSqlStorage Postgres(string connectionString)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            // LISTEN/NOTIFY wakes a worker as soon as a job is queued; the poll is the fallback.
            EnableLongPolling = true,
            QueuePollInterval = TimeSpan.FromSeconds(2),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }
}
