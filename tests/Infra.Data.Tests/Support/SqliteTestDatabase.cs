using Microsoft.Data.Sqlite;

namespace Infra.Data.Tests.Support;

/// <summary>A SQLite file in a fresh temporary folder (a sub-folder that does not exist yet), deleted on dispose.</summary>
internal sealed class SqliteTestDatabase : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "infra-data-tests", Guid.NewGuid().ToString("N"));

    public string FilePath => Path.Combine(folder, "nested", "infra.db");

    public DatabaseOptions Options => DatabaseOptions.Sqlite(FilePath);

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={FilePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
