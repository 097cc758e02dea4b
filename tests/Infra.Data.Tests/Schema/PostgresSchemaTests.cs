using Infra.Data.Import;
using Infra.Data.Tests.Support;
using NetTopologySuite.Geometries;

namespace Infra.Data.Tests.Schema;

public sealed class PostgresSchemaTests
{
    [PostgresFact]
    public async Task OpenAsync_twice_second_time_applies_nothing()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();

        var first = await InfraDatabase.OpenAsync(database.Options);
        var again = await InfraDatabase.OpenAsync(database.Options);

        var embedded = ProviderDialect.For(DatabaseProvider.Postgres).Scripts;
        Assert.Equal(embedded.Select(s => s.Name), first.Migration.AppliedScripts);
        Assert.Empty(again.Migration.AppliedScripts);
        Assert.Equal(embedded.Max(s => s.Version), await again.GetSchemaVersionAsync());
    }

    [PostgresFact]
    public async Task Import_fills_generated_geom_column_with_srid_25832()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        var db = await InfraDatabase.OpenAsync(database.Options);
        var inventory = TestLayers.Inventory();

        await new LayerImporter(db).ImportAsync(LayerImport.All(inventory));

        foreach (var table in new[] { "sites", "lwl_routes", "access_points", "streets", "hubs", "obstacles" })
        {
            var unfilled = await database.ScalarAsync($"SELECT count(*) FROM {table} WHERE geom IS NULL OR ST_SRID(geom) <> 25832");
            Assert.Equal(0L, unfilled);
        }

        Assert.Equal(3L, await database.ScalarAsync("SELECT count(*) FROM sites WHERE ST_SRID(geom) = 25832"));
        var postgisText = (string)(await database.ScalarAsync("SELECT ST_AsText(geom) FROM lwl_routes WHERE id = 'LWL-2'"))!;
        Assert.Equal(inventory.Routes[1].Geometry.AsText(), TestLayers.Wkt<LineString>(postgisText).AsText());
    }

    [PostgresFact]
    public async Task OpenAsync_creates_gist_index_on_geom_of_every_spatial_table()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await InfraDatabase.OpenAsync(database.Options);

        var indexed = await database.ScalarAsync(
            "SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_indexes "
            + "WHERE schemaname = 'public' AND indexdef LIKE '%USING gist (geom)%'");
        var spatial = await database.ScalarAsync(
            "SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.columns "
            + "WHERE table_schema = 'public' AND column_name = 'geom'");

        Assert.Equal(spatial, indexed);
        foreach (var table in new[] { "access_points", "hubs", "lwl_routes", "obstacles", "sites", "streets", "plan_sites", "plan_trenches", "plan_links" })
        {
            Assert.Contains(table, ((string)indexed!).Split(','));
        }
    }
}
