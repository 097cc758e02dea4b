using Infra.Core.Network;
using Infra.Core.Sites;
using Infra.Data.Import;
using Infra.Data.Store;
using NetTopologySuite.Geometries;

namespace Infra.Data.Tests.Support;

/// <summary>Repository checks that run unchanged against SQLite and PostgreSQL (the provider classes call them).</summary>
internal static class LayerStoreChecks
{
    public static async Task RoundTripEveryLayer(DatabaseOptions options)
    {
        var db = await InfraDatabase.OpenAsync(options);
        var inventory = TestLayers.Inventory();
        await new LayerImporter(db).ImportAsync(LayerImport.All(inventory));

        var loaded = await new LayerStore(db).LoadInventoryAsync();

        AssertSameContent(inventory, loaded);
        Assert.All(loaded.Streets, s => Assert.Equal(Srid.Etrs89Utm32, s.Geometry.SRID));
        Assert.All(loaded.Sites, s => Assert.Equal(Srid.Etrs89Utm32, s.Location.SRID));
    }

    public static async Task UpsertCounts(DatabaseOptions options)
    {
        var db = await InfraDatabase.OpenAsync(options);
        var importer = new LayerImporter(db);
        var sites = TestLayers.Inventory().Sites;

        var first = await importer.ImportAsync(LayerImport.Sites(sites));
        var again = await importer.ImportAsync(LayerImport.Sites(sites));
        var renamed = sites[0] with { Name = "Gymnasium (umbenannt)" };
        var added = sites[1] with { Id = new SiteId("NEU-1") };
        var third = await importer.ImportAsync(LayerImport.Sites([renamed, added, sites[2]], removeMissing: true));

        Assert.Equal(new LayerImportResult(Layer.Sites, New: 3, Changed: 0, Unchanged: 0, Removed: 0), first);
        Assert.Equal(new LayerImportResult(Layer.Sites, New: 0, Changed: 0, Unchanged: 3, Removed: 0), again);
        Assert.Equal(new LayerImportResult(Layer.Sites, New: 1, Changed: 1, Unchanged: 1, Removed: 1), third);
        var stored = await new LayerStore(db).SitesAsync();
        Assert.Equal(RecordText.All(new[] { renamed, added, sites[2] }.OrderBy(s => s.Id)), RecordText.All(stored));
    }

    public static async Task UpsertDetectsGeometryAndFieldChanges(DatabaseOptions options)
    {
        var db = await InfraDatabase.OpenAsync(options);
        var importer = new LayerImporter(db);
        var streets = TestLayers.Inventory().Streets;
        await importer.ImportAsync(LayerImport.Streets(streets));
        var moved = streets[0] with { Geometry = TestLayers.Wkt<LineString>("LINESTRING (392000 5707000, 392219.25 5707679.51)") };
        var ducted = streets[2] with { FreeDuct = true };

        var result = await importer.ImportAsync(LayerImport.Streets([moved, streets[1], ducted]));

        Assert.Equal(new LayerImportResult(Layer.Streets, New: 0, Changed: 2, Unchanged: 1, Removed: 0), result);
        Assert.Equal(RecordText.All([moved, streets[1], ducted]), RecordText.All(await new LayerStore(db).StreetsAsync()));
    }

    public static async Task FailingLayerLeavesDatabaseUnchanged(DatabaseOptions options)
    {
        var (importer, store, inventory, before) = await SeedAsync(options);
        var orphan = inventory.AccessPoints[0] with { Id = new FeatureId("AP-9"), RouteId = new FeatureId("LWL-UNKNOWN") };
        var changedInventory = inventory with
        {
            Sites = [.. inventory.Sites.Skip(1), inventory.Sites[0] with { Name = "geändert" }, inventory.Sites[1] with { Id = new SiteId("NEU-2") }],
            Routes = [inventory.Routes[0] with { FibreCount = 144 }],
            AccessPoints = [.. inventory.AccessPoints, orphan],
            Streets = [],
        };

        var error = await Assert.ThrowsAsync<LayerImportException>(
            () => importer.ImportAsync(LayerImport.All(changedInventory, removeMissing: true)));

        Assert.Equal(Layer.AccessPoints, error.Layer);
        AssertSameContent(before, await store.LoadInventoryAsync());
        Assert.Equal(inventory.Sites.Count, (await store.SummarizeAsync()).SiteCount);
    }

    public static async Task FailingRemovalLeavesDatabaseUnchanged(DatabaseOptions options)
    {
        var (importer, store, inventory, before) = await SeedAsync(options);

        // LWL-2 still carries AP-2, so removing it breaks the foreign key, after the new site was written.
        var error = await Assert.ThrowsAsync<LayerImportException>(() => importer.ImportAsync(
        [
            LayerImport.Sites([.. inventory.Sites, inventory.Sites[0] with { Id = new SiteId("NEU-3") }]),
            LayerImport.Routes([inventory.Routes[0]], removeMissing: true),
        ]));

        Assert.Equal(Layer.Routes, error.Layer);
        AssertSameContent(before, await store.LoadInventoryAsync());
    }

    public static async Task SummaryCountsEveryLayer(DatabaseOptions options)
    {
        var db = await InfraDatabase.OpenAsync(options);
        var inventory = TestLayers.Inventory();
        await new LayerImporter(db).ImportAsync(LayerImport.All(inventory));

        var summary = await new LayerStore(db).SummarizeAsync();

        Assert.Equal(3, summary.SiteCount);
        Assert.Equal(2, summary.InScopeSiteCount);
        Assert.Equal(1, summary.SyntheticSiteCount);
        Assert.Equal(new Dictionary<SiteKind, int> { [SiteKind.School] = 1, [SiteKind.Kita] = 1, [SiteKind.FireStation] = 1 }, summary.SitesByKind);
        Assert.Equal(["Aplerbeck", "Hörde", "Innenstadt West"], summary.SitesByDistrict.Keys);
        Assert.Equal(new Dictionary<UplinkKind, int> { [UplinkKind.None] = 1, [UplinkKind.Dsl] = 1, [UplinkKind.Leased] = 1 }, summary.SitesByUplink);
        Assert.Equal(2, summary.RouteCount);
        Assert.Equal(inventory.Routes.Sum(r => r.LengthM) / 1000, summary.RouteLengthKm, 9);
        Assert.Equal(1.0, summary.RouteLengthKmByOwner["DOKOM21"], 9);
        Assert.Equal(2, summary.AccessPointCount);
        Assert.Equal(3, summary.StreetCount);
        Assert.Equal(inventory.Streets[1].LengthM / 1000, summary.FreeDuctLengthKm, 9);
        Assert.Equal(2, summary.HubCount);
        Assert.Equal(1, summary.ObstacleCount);
    }

    private static async Task<(LayerImporter Importer, LayerStore Store, GeoInventory Inventory, GeoInventory Before)> SeedAsync(
        DatabaseOptions options)
    {
        var db = await InfraDatabase.OpenAsync(options);
        var inventory = TestLayers.Inventory();
        await new LayerImporter(db).ImportAsync(LayerImport.All(inventory));
        var store = new LayerStore(db);
        return (new LayerImporter(db), store, inventory, await store.LoadInventoryAsync());
    }

    public static void AssertSameContent(GeoInventory expected, GeoInventory actual)
    {
        Assert.Equal(RecordText.All(expected.Sites.OrderBy(s => s.Id)), RecordText.All(actual.Sites));
        Assert.Equal(RecordText.All(expected.Routes.OrderBy(s => s.Id)), RecordText.All(actual.Routes));
        Assert.Equal(RecordText.All(expected.AccessPoints.OrderBy(s => s.Id)), RecordText.All(actual.AccessPoints));
        Assert.Equal(RecordText.All(expected.Streets.OrderBy(s => s.Id)), RecordText.All(actual.Streets));
        Assert.Equal(RecordText.All(expected.Hubs.OrderBy(s => s.Id)), RecordText.All(actual.Hubs));
        Assert.Equal(RecordText.All(expected.Obstacles.OrderBy(s => s.Id)), RecordText.All(actual.Obstacles));
    }
}
