using Infra.Data.Audit;
using Infra.Data.Tests.Support;

namespace Infra.Data.Tests.Audit;

/// <summary>The audit log's plain SQL on both providers: append, list newest first, paging, total.</summary>
public sealed class AuditStoreTests
{
    [Fact]
    public Task Appends_and_lists_newest_first_on_sqlite() => TestDatabases.OnSqlite(CheckAsync);

    [PostgresFact]
    public Task Appends_and_lists_newest_first_on_postgres() => TestDatabases.OnPostgres(CheckAsync);

    private static async Task CheckAsync(DatabaseOptions options)
    {
        var store = new AuditStore(await InfraDatabase.OpenAsync(options));
        var at = new DateTimeOffset(2026, 11, 23, 13, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 3; i++)
        {
            await store.AppendAsync(new AuditEntry(0, at.AddMinutes(i), "demo-gis", "GIS", "POST", "/api/layers/sites", $"import {i}", 200, $"{{\"new\":{i}}}"));
        }

        var (items, total) = await store.ListAsync(2, 0);
        Assert.Equal(3, total);
        Assert.Equal(["import 2", "import 1"], items.Select(e => e.Action));
        Assert.Equal(at.AddMinutes(2), items[0].At);
        Assert.Equal("{\"new\":2}", items[0].CountsJson);
        var (rest, _) = await store.ListAsync(2, 2);
        Assert.Equal("import 0", Assert.Single(rest).Action);
    }
}
