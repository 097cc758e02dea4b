using Infra.Core.Inputs;
using Infra.Core.Network;
using Infra.Geo.GeoJson;
using Infra.Geo.Layers;
using Infra.Geo.Tests.GeoJson;
using Microsoft.Data.Sqlite;

namespace Infra.Geo.Tests.Layers;

/// <summary>GeoPackage and Shapefile input keeps the guarantees of GeoJSON: every problem named with file, layer table, row, id and property.</summary>
public sealed class FormatBadInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly GeoJsonReadOptions Options = new();

    private string GeoPackage(int srid, params (string Id, double X, double Y)[] hubs)
    {
        var folder = _temp.File("gpkg-" + Guid.NewGuid().ToString("N"));
        var factory = new NetTopologySuite.Geometries.GeometryFactory(new NetTopologySuite.Geometries.PrecisionModel(), Srid.Etrs89Utm32);
        var items = hubs.Select(h => (object)new RadioHub { Id = new FeatureId(h.Id), Location = factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(h.X, h.Y)), Name = "Mast" }).ToArray();
        return LayerExport.Write(LayerFormat.GeoPackage, folder, [(LayerSchema.Hubs, items)], srid, DateTimeOffset.UnixEpoch)[0];
    }

    [Fact]
    public void GeoPackage_swapped_coordinates_name_the_table_row_id_and_property()
    {
        var path = GeoPackage(Srid.Etrs89Utm32, ("H-1", 393_000, 5_708_000), ("H-2", 393_100, 5_708_100));
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // Replace H-2's geometry with one whose easting and northing are swapped.
            command.CommandText = "UPDATE hubs SET geom = $g WHERE id = 'H-2'";
            var swapped = new NetTopologySuite.Geometries.GeometryFactory(new NetTopologySuite.Geometries.PrecisionModel(), Srid.Etrs89Utm32)
                .CreatePoint(new NetTopologySuite.Geometries.Coordinate(5_708_100, 393_100));
            command.Parameters.AddWithValue("$g", new NetTopologySuite.IO.GeoPackageGeoWriter().Write(swapped));
            command.ExecuteNonQuery();
        }

        var error = Assert.Single(Assert.Throws<InputException>(() => LayerSources.Read(path, null, Options)).Errors);

        Assert.Equal((path + ":hubs", 1, "H-2", "geometry.coordinates"), (error.File, error.FeatureIndex ?? -1, error.FeatureId, error.Property));
        Assert.Contains("easting and northing look swapped", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GeoPackage_with_another_crs_is_refused_naming_it()
    {
        var path = GeoPackage(Srid.Etrs89Utm32, ("H-1", 393_000, 5_708_000));
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE gpkg_spatial_ref_sys SET organization_coordsys_id = 31466, definition = 'PROJCS[\"DHDN / 3-degree Gauss-Kruger zone 2\"]' WHERE srs_id = 25832";
            command.ExecuteNonQuery();
        }

        var error = Assert.Single(Assert.Throws<InputException>(() => LayerSources.Read(path, null, Options)).Errors);

        Assert.Equal((path + ":hubs", "crs"), (error.File, error.Property));
        Assert.Contains("unsupported CRS EPSG:31466", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_a_GeoPackage_is_refused()
    {
        var path = _temp.WriteText("kaputt.gpkg", "no sqlite here");

        var error = Assert.Single(Assert.Throws<InputException>(() => LayerSources.Read(path, null, Options)).Errors);

        Assert.Contains("not a GeoPackage", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shapefile_without_prj_needs_a_crs_and_reads_with_one()
    {
        var factory = new NetTopologySuite.Geometries.GeometryFactory(new NetTopologySuite.Geometries.PrecisionModel(), Srid.Etrs89Utm32);
        var path = LayerExport.Write(LayerFormat.Shapefile, _temp.File("hubs.shp"),
            [(LayerSchema.Hubs, [new RadioHub { Id = new FeatureId("H-1"), Location = factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(393_000, 5_708_000)), Name = "Mast" }])],
            Srid.Etrs89Utm32, DateTimeOffset.UnixEpoch)[0];
        File.Delete(Path.ChangeExtension(path, ".prj"));

        var error = Assert.Single(Assert.Throws<InputException>(() => LayerSources.Read(path, null, Options)).Errors);
        Assert.Equal("crs", error.Property);
        Assert.Contains("hubs.prj is missing", error.Message, StringComparison.Ordinal);

        var hub = Assert.Single(LayerSources.Read(path, null, new GeoJsonReadOptions { DeclaredSrid = Srid.Etrs89Utm32 })[0].Items);
        Assert.Equal(393_000, ((RadioHub)hub).Location.X);
    }

    [Fact]
    public void Shapefile_with_a_bad_value_names_the_row_id_and_property()
    {
        var factory = new NetTopologySuite.Geometries.GeometryFactory(new NetTopologySuite.Geometries.PrecisionModel(), Srid.Etrs89Utm32);
        RadioHub Hub(string id, int links) => new()
        {
            Id = new FeatureId(id), Location = factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(393_000, 5_708_000)), Name = "Mast", MaxLinks = links,
        };
        var path = LayerExport.Write(LayerFormat.Shapefile, _temp.File("masten.shp"), [(LayerSchema.Hubs, [Hub("H-1", 6), Hub("H-2", 0)])], Srid.Wgs84,
            DateTimeOffset.UnixEpoch)[0];

        var error = Assert.Single(Assert.Throws<InputException>(() => LayerSources.Read(path, null, Options)).Errors);

        Assert.Equal((path, 1, "H-2", "properties.max_links"), (error.File, error.FeatureIndex ?? -1, error.FeatureId, error.Property));
        Assert.Contains("must be at least 1", error.Message, StringComparison.Ordinal);
    }
}
