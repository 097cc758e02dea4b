using Infra.Core.Network;
using Infra.Core.Sites;
using Infra.Data.Entities;

namespace Infra.Data.Tests.Entities;

/// <summary>
/// The mapper writes only what differs between a record and its row; everything else must be copied by name. A new
/// column whose record property differs in name or type would be lost silently — these tests name it.
/// </summary>
public sealed class SameNamedTests
{
    [Fact]
    public void Every_column_of_a_layer_row_is_copied_by_name_or_written_by_the_mapper()
    {
        AssertCovered<Site, SiteEntity>("Id", "ExcludedTechnologies", "Geometry");
        AssertCovered<LwlRoute, LwlRouteEntity>("Id");
        AssertCovered<AccessPoint, AccessPointEntity>("Id", "RouteId", "Geometry");
        AssertCovered<StreetSegment, StreetEntity>("Id", "StreetClass");
        AssertCovered<RadioHub, HubEntity>("Id", "Geometry");
        AssertCovered<Obstacle, ObstacleEntity>("Id", "Geometry");
        AssertCovered<District, DistrictEntity>("Id", "Geometry");
    }

    [Fact]
    public void Copy_takes_same_named_assignable_properties_and_leaves_the_rest()
    {
        var route = new LwlRoute
        {
            Id = new FeatureId("R-1"),
            Geometry = new NetTopologySuite.Geometries.GeometryFactory().CreateLineString([new(0, 0), new(30, 40)]),
            Owner = "Stadt", FibreCount = 96, FreeDucts = 2, Synthetic = true,
        };

        var row = SameNamed<LwlRoute, LwlRouteEntity>.Into(route, new LwlRouteEntity { Id = "gesetzt" });

        Assert.Equal(("gesetzt", "Stadt", 96, 2, true, 50.0), (row.Id, row.Owner, row.FibreCount, row.FreeDucts, row.Synthetic, row.LengthM));
        Assert.Same(route.Geometry, row.Geometry);
    }

    private static void AssertCovered<TRecord, TRow>(params string[] written)
    {
        var copied = SameNamed<TRecord, TRow>.Names;
        var columns = typeof(TRow).GetProperties().Where(p => p.CanWrite).Select(p => p.Name);

        Assert.Empty(columns.Except(copied).Except(written));
        // And back: every record property the mapper does not write comes from a row column.
        var back = SameNamed<TRow, TRecord>.Names;
        var settable = typeof(TRecord).GetProperties().Where(p => p.SetMethod is { IsPublic: true }).Select(p => p.Name);
        Assert.Empty(settable.Except(back).Except(["Id", "Geometry", "Location", "Footprint", "Boundary", "RouteId", "Class", "ExcludedTechnologies"]));
    }
}
