using Infra.Core.Network;
using Infra.Core.Sites;
using Infra.Geo.Layers;
using Infra.Geo.Plausibility;
using NetTopologySuite.Geometries;

namespace Infra.Geo.Tests.Plausibility;

public sealed class ImportPlausibilityTests
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), Srid.Etrs89Utm32);

    private static Site At(string id, double x, double y) => new()
    {
        Id = new SiteId(id), Name = id, Kind = SiteKind.School, Location = Factory.CreatePoint(new Coordinate(x, y)), District = "",
    };

    private static LayerContent Sites(params Site[] sites) => new(LayerSchema.Sites, "sites.geojson", sites, []);

    private static IReadOnlyList<object> Nothing(LayerSchema schema) => [];

    // A city of 20 schools on a 4 km grid around (390 000, 5 710 000).
    private static Site[] City() => Enumerable.Range(0, 20).Select(i => At($"S{i}", 380_000 + (4_000 * (i % 5)), 5_700_000 + (4_000 * (i / 5)))).ToArray();

    [Fact]
    public void Check_without_other_layers_flags_the_point_far_outside_the_rest_of_its_layer()
    {
        Site[] sites = [.. City(), At("SWISS", 447_500, 5_211_000), At("EDGE", 402_000, 5_700_000)];

        var warnings = ImportPlausibility.Check([Sites(sites)], Nothing, new PlausibilityOptions());

        var warning = Assert.Single(warnings);
        Assert.Equal(("SWISS", 20, "geometry"), (warning.FeatureId, warning.FeatureIndex ?? -1, warning.Property));
        Assert.Contains("outside the extent of the rest of its layer", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_against_other_layers_flags_a_point_beyond_the_set_distance_only()
    {
        var route = new LwlRoute
        {
            Id = new FeatureId("R"),
            Geometry = Factory.CreateLineString([new Coordinate(380_000, 5_700_000), new Coordinate(400_000, 5_712_000)]),
        };
        var routes = new LayerContent(LayerSchema.Routes, "lwl.geojson", [route], []);

        var warnings = ImportPlausibility.Check([Sites(At("NEAR", 409_000, 5_712_000), At("FAR", 411_000, 5_712_000)), routes], Nothing,
            new PlausibilityOptions { OutsideKm = 10 });

        var warning = Assert.Single(warnings);
        Assert.Equal("FAR", warning.FeatureId);
        Assert.Contains("lies 11.0 km outside the extent of the other data", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_existing_id_moved_beyond_the_set_distance_warns_with_both_positions()
    {
        var stored = City();
        var moved = stored.Select(s => s.Id.Value == "S3" ? At("S3", 392_000 + 600, 5_700_000) : s.Id.Value == "S4" ? At("S4", 396_000 + 400, 5_700_000) : s).ToArray();

        var warnings = ImportPlausibility.Check([Sites(moved)], s => s == LayerSchema.Sites ? stored : [], new PlausibilityOptions { MovedM = 500 });

        var warning = Assert.Single(warnings);
        Assert.Equal("S3", warning.FeatureId);
        Assert.Contains("moved by 600 m by this import (more than 500 m): from (392000, 5700000) to (392600, 5700000)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_same_data_again_has_no_warnings()
    {
        var stored = City();

        Assert.Empty(ImportPlausibility.Check([Sites(stored)], s => s == LayerSchema.Sites ? stored : [], new PlausibilityOptions()));
    }
}
