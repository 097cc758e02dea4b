using Infra.Data.Tests.Support;
using System.Data.Common;
using Infra.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Infra.Jobs.Tests.Support;

/// <summary>A fresh database of either provider with a scratch folder (scenarios, drop folder), removed on dispose.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly PostgresTestDatabase? postgres;

    private TestDatabase(DatabaseOptions options, PostgresTestDatabase? postgres, string folder)
    {
        Options = options;
        this.postgres = postgres;
        Folder = folder;
    }

    public DatabaseOptions Options { get; }

    public string Folder { get; }

    public string Scenarios => Path.Combine(Folder, "scenarios");

    public string Drop => Path.Combine(Folder, "ablage");

    /// <summary>What <c>--db</c> takes for this database.</summary>
    public string DbArgument => Options.Target;

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var folder = Path.Combine(Path.GetTempPath(), "infra-jobs-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        if (provider == DatabaseProvider.Sqlite)
        {
            return new TestDatabase(DatabaseOptions.Sqlite(Path.Combine(folder, "infra.db")), null, folder);
        }

        var pg = await PostgresTestDatabase.CreateAsync();
        return new TestDatabase(pg.Options, pg, folder);
    }

    /// <summary>Hangfire's "never" (31 February): the recurring schedules stay quiet unless a test sets one.</summary>
    public const string Never = "0 0 31 2 *";

    public JobsOptions JobsOptions(string instanceId = "AUTO", string pollCron = Never, string kpiCron = Never) =>
        new(Options, Scenarios, Drop, instanceId, kpiCron, pollCron, Never);

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public async Task<long> CountAsync(string sql) => Convert.ToInt64(await ScalarAsync(sql), System.Globalization.CultureInfo.InvariantCulture);

    public async Task<List<object?[]>> RowsAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (postgres is not null)
        {
            await postgres.DisposeAsync();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; the temp folder is cleaned eventually.
        }
    }

    private async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = Options.Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection($"Data Source={Options.Target}")
            : new NpgsqlConnection(Options.Target);
        await connection.OpenAsync();
        return connection;
    }
}
