namespace Infra.Data.Tests.Support;

/// <summary>Runs a provider-neutral check on a fresh SQLite file or a fresh PostgreSQL database.</summary>
internal static class TestDatabases
{
    public static async Task OnSqlite(Func<DatabaseOptions, Task> check)
    {
        using var database = new SqliteTestDatabase();
        await check(database.Options);
    }

    public static async Task OnPostgres(Func<DatabaseOptions, Task> check)
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await check(database.Options);
    }
}
