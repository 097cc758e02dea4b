using Infra.Core.Network;
using Infra.Data.Import;
using Infra.Data.Store;
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
    public async Task Import_writes_native_geom_with_srid_25832()
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

    [PostgresFact]
    public async Task Every_spatial_table_is_a_typed_postgis_layer_for_qgis_and_keeps_no_wkb_copy()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await InfraDatabase.OpenAsync(database.Options);

        // What QGIS lists under "Add PostGIS Layers": geometry_columns, one row per table with type and SRID.
        var layers = (string)(await database.ScalarAsync(
            "SELECT string_agg(f_table_name || ':' || type || ':' || srid, ',' ORDER BY f_table_name) FROM geometry_columns "
            + "WHERE f_table_schema = 'public'"))!;
        Assert.Equal(
            "access_points:POINT:25832,districts:GEOMETRY:25832,hubs:POINT:25832,lwl_routes:LINESTRING:25832,obstacles:POLYGON:25832,plan_links:GEOMETRY:25832,"
            + "plan_sites:GEOMETRY:25832,plan_trenches:GEOMETRY:25832,sites:POINT:25832,streets:LINESTRING:25832",
            layers);
        Assert.Equal(0L, await database.ScalarAsync(
            "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'geometry_wkb'"));
        Assert.Equal(0L, await database.ScalarAsync(
            "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'geom' AND is_generated <> 'NEVER'"));
    }

    [PostgresFact]
    public async Task Upgrade_from_wkb_keeps_every_geometry_in_the_native_column()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        var scripts = ProviderDialect.For(DatabaseProvider.Postgres).Scripts;
        await InfraDatabase.OpenAsync(database.Options, [.. scripts.Where(s => s.Version <= 8)], CancellationToken.None);
        // As version 8 stored a hub and a district: WKB written by the application, geom derived by PostGIS.
        await database.ScalarAsync(
            "INSERT INTO hubs (id, name, height_m, max_links, has_fibre, synthetic, geometry_wkb) "
            + "VALUES ('HUB-1', 'Turm', 40, 4, true, true, ST_AsBinary(ST_MakePoint(393100.5, 5712200.25)))");
        await database.ScalarAsync(
            "INSERT INTO districts (id, name, synthetic, geometry_wkb) "
            + "VALUES ('SB-1', 'Mitte', false, ST_AsBinary(ST_GeomFromText('POLYGON ((390000 5700000, 391000 5700000, 391000 5701000, 390000 5700000))')))");

        var db = await InfraDatabase.OpenAsync(database.Options);

        Assert.Contains("010_postgis_geometry.sql", db.Migration.AppliedScripts);
        var store = new LayerStore(db);
        var hub = Assert.Single(await store.HubsAsync());
        Assert.Equal((393100.5, 5712200.25, 25832), (hub.Location.X, hub.Location.Y, hub.Location.SRID));
        var district = Assert.Single(await store.DistrictsAsync());
        Assert.Equal(("Mitte", "POLYGON ((390000 5700000, 391000 5700000, 391000 5701000, 390000 5700000))", 25832),
            (district.Name, district.Boundary.AsText(), district.Boundary.SRID));
    }

    [PostgresFact]
    public async Task Districts_polygon_and_multipolygon_are_native_geometry_and_found_by_bbox_in_sql()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        var db = await InfraDatabase.OpenAsync(database.Options);
        District[] districts =
        [
            new() { Id = new FeatureId("SB-1"), Name = "Mitte", Boundary = TestLayers.Wkt<Polygon>("POLYGON ((390000 5700000, 392000 5700000, 392000 5702000, 390000 5702000, 390000 5700000))") },
            new()
            {
                Id = new FeatureId("SB-2"),
                Name = "Ost mit Exklave",
                Boundary = TestLayers.Wkt<MultiPolygon>(
                    "MULTIPOLYGON (((392000 5700000, 394000 5700000, 394000 5702000, 392000 5702000, 392000 5700000)), "
                    + "((398000 5700000, 399000 5700000, 399000 5701000, 398000 5700000)))"),
                Synthetic = true,
            },
        ];

        await new LayerImporter(db).ImportAsync([LayerImport.Districts(districts)]);

        Assert.Equal("SB-1:ST_Polygon:25832,SB-2:ST_MultiPolygon:25832", await database.ScalarAsync(
            "SELECT string_agg(id || ':' || ST_GeometryType(geom) || ':' || ST_SRID(geom), ',' ORDER BY id) FROM districts"));
        var read = await new LayerStore(db).DistrictsAsync();
        Assert.Equal(districts.Select(d => (d.Id, d.Name, d.Boundary.AsText(), d.Synthetic)), read.Select(d => (d.Id, d.Name, d.Boundary.AsText(), d.Synthetic)));
        // Only the exclave of SB-2 lies in this box.
        var exclave = new GeometryFactory(new PrecisionModel(), 25832).ToGeometry(new Envelope(397500, 398500, 5699500, 5700500));
        Assert.Equal(new[] { "SB-2" }, (await new LayerStore(db).IdsIntersectingAsync(Layer.Districts, exclave))!.Order(StringComparer.Ordinal));
    }

    [PostgresFact]
    public async Task Bbox_query_in_sql_finds_exactly_the_features_an_in_memory_intersection_finds()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        var db = await InfraDatabase.OpenAsync(database.Options);
        var inventory = TestLayers.Inventory();
        await new LayerImporter(db).ImportAsync(LayerImport.All(inventory));
        var store = new LayerStore(db);
        var all = inventory.Routes.Select(r => r.Geometry.EnvelopeInternal).Aggregate(new Envelope(), (a, e) => { a.ExpandToInclude(e); return a; });
        // The western half of the routes' extent: some routes inside, some crossing the edge, some outside.
        var area = new GeometryFactory(new PrecisionModel(), 25832).ToGeometry(new Envelope(all.MinX - 1, all.Centre.X, all.MinY - 1, all.MaxY + 1));

        var found = await store.IdsIntersectingAsync(Layer.Routes, area);

        var expected = inventory.Routes.Where(r => r.Geometry.Intersects(area)).Select(r => r.Id.Value).Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, found!.Order(StringComparer.Ordinal));
        using var sqlite = new SqliteTestDatabase();
        Assert.Null(await new LayerStore(await InfraDatabase.OpenAsync(sqlite.Options)).IdsIntersectingAsync(Layer.Routes, area));
    }
}
