using Infra.Data.Schema;
using Infra.Data.Tests.Support;

namespace Infra.Data.Tests.Schema;

public sealed class SqliteSchemaMigratorTests : IDisposable
{
    private static readonly int Newest = ProviderDialect.For(DatabaseProvider.Sqlite).Scripts.Max(s => s.Version);

    // One version past the embedded scripts, whatever their number.
    private static readonly SchemaScript ExtraTable = new(Newest + 1, "999_extra.sql", "CREATE TABLE extra (id TEXT NOT NULL PRIMARY KEY);");

    private readonly SqliteTestDatabase database = new();

    private static IReadOnlyList<SchemaScript> Embedded => ProviderDialect.For(DatabaseProvider.Sqlite).Scripts;

    [Fact]
    public async Task OpenAsync_new_file_creates_folder_tables_and_version()
    {
        var db = await InfraDatabase.OpenAsync(database.Options);

        Assert.True(File.Exists(database.FilePath));
        Assert.Equal(Embedded.Select(s => s.Name), db.Migration.AppliedScripts);
        Assert.Equal(Newest, await db.GetSchemaVersionAsync());
        var tables = await database.ScalarAsync(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
            + "('sites', 'lwl_routes', 'access_points', 'streets', 'hubs', 'obstacles', 'schema_version')");
        Assert.Equal(7L, tables);
    }

    [Fact]
    public async Task OpenAsync_twice_second_time_applies_nothing()
    {
        await InfraDatabase.OpenAsync(database.Options);

        var again = await InfraDatabase.OpenAsync(database.Options);

        Assert.Empty(again.Migration.AppliedScripts);
        Assert.Equal((Newest, Newest), (again.Migration.FromVersion, again.Migration.ToVersion));
        Assert.Equal((long)Embedded.Count, await database.ScalarAsync("SELECT count(*) FROM schema_version"));
    }

    [Fact]
    public async Task OpenAsync_newer_script_applies_only_it_then_nothing()
    {
        await InfraDatabase.OpenAsync(database.Options);

        var upgraded = await InfraDatabase.OpenAsync(database.Options, [.. Embedded, ExtraTable], default);
        var again = await InfraDatabase.OpenAsync(database.Options, [.. Embedded, ExtraTable], default);

        Assert.Equal(new[] { "999_extra.sql" }, upgraded.Migration.AppliedScripts);
        Assert.Equal((Newest, Newest + 1), (upgraded.Migration.FromVersion, upgraded.Migration.ToVersion));
        Assert.Empty(again.Migration.AppliedScripts);
        Assert.Equal(Newest + 1, await again.GetSchemaVersionAsync());
        Assert.Equal(0L, await database.ScalarAsync("SELECT count(*) FROM extra"));
    }

    [Fact]
    public async Task OpenAsync_failing_script_rolls_back_every_pending_script()
    {
        await InfraDatabase.OpenAsync(database.Options);
        var broken = new SchemaScript(Newest + 2, "999_broken.sql", "CREATE TABLE half (id TEXT); THIS IS NOT SQL;");

        await Assert.ThrowsAnyAsync<Exception>(() => InfraDatabase.OpenAsync(database.Options, [.. Embedded, ExtraTable, broken], default));

        Assert.Equal((long)Newest, await database.ScalarAsync("SELECT MAX(version) FROM schema_version"));
        Assert.Equal(0L, await database.ScalarAsync("SELECT count(*) FROM sqlite_master WHERE name IN ('extra', 'half')"));
    }

    [Fact]
    public async Task OpenAsync_database_newer_than_program_is_refused()
    {
        await InfraDatabase.OpenAsync(database.Options, [.. Embedded, ExtraTable], default);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => InfraDatabase.OpenAsync(database.Options));

        Assert.Contains($"schema version {Newest + 1}", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => database.Dispose();
}
