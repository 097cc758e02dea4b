using Npgsql;

using Infra.Data;

namespace Infra.Jobs.Tests.Support;

/// <summary>A fresh, uniquely named database on the server of <c>INFRA_TEST_POSTGRES</c>, dropped on dispose.</summary>
internal sealed class PostgresTestDatabase : IAsyncDisposable
{
    private readonly string serverConnectionString;

    private PostgresTestDatabase(string serverConnectionString, string name)
    {
        this.serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ToString();
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public DatabaseOptions Options => DatabaseOptions.Postgres(ConnectionString);

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(PostgresFactAttribute.ConnectionVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{PostgresFactAttribute.RequireVariable}=1 but {PostgresFactAttribute.ConnectionVariable} is not set: no PostgreSQL to test against");
        }

        var database = new PostgresTestDatabase(server, "infra_test_" + Guid.NewGuid().ToString("N"));
        await database.ExecuteOnServerAsync($"CREATE DATABASE {database.Name}");
        return database;
    }

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
