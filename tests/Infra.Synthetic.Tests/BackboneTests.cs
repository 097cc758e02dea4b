using Infra.Core.Network;

namespace Infra.Synthetic.Tests;

public sealed class BackboneTests(SyntheticCityFixture fixture) : IClassFixture<SyntheticCityFixture>
{
    private GeoInventory City => fixture.City;

    [Fact]
    public void Routes_total_between_150_and_250_km()
    {
        var km = City.Routes.Sum(r => r.LengthM) / 1_000;

        Assert.InRange(km, 150, 250);
    }

    [Fact]
    public void Routes_follow_streets_vertex_for_vertex()
    {
        var segments = City.Streets
            .Select(s => Key(s.Geometry.StartPoint.X, s.Geometry.StartPoint.Y, s.Geometry.EndPoint.X, s.Geometry.EndPoint.Y))
            .ToHashSet();

        foreach (var route in City.Routes)
        {
            var c = route.Geometry.Coordinates;
            Assert.True(c.Length >= 2);
            for (var k = 1; k < c.Length; k++)
            {
                Assert.Contains(Key(c[k - 1].X, c[k - 1].Y, c[k].X, c[k].Y), segments);
            }
        }
    }

    [Fact]
    public void Routes_pass_every_district_centre_area()
    {
        foreach (var centre in DortmundInputs.Centres)
        {
            var nearest = City.Routes.Min(r => r.Geometry.Distance(NetTopologySuite.Geometries.Geometry.DefaultFactory
                .CreatePoint(new NetTopologySuite.Geometries.Coordinate(centre.X, centre.Y))));
            Assert.True(nearest < 250, $"{centre.Name}: backbone {nearest:F0} m away");
        }
    }

    [Fact]
    public void Routes_carry_owner_fibres_and_ducts_in_range()
    {
        Assert.All(City.Routes, r =>
        {
            Assert.Contains(r.Owner, new[] { "Stadt Dortmund", "DOKOM21 (synthetisch)" });
            Assert.InRange(r.FibreCount, 48, 288);
            Assert.InRange(r.FreeDucts, 0, 3);
            Assert.True(r.Synthetic);
        });
        Assert.True(City.Routes.Count(r => r.FreeDucts >= 1) > City.Routes.Count / 2);
        Assert.Equal(City.Routes.Count, City.Routes.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void Access_points_sit_on_route_vertices_every_half_to_one_and_a_half_km()
    {
        var routes = City.Routes.ToDictionary(r => r.Id);
        Assert.NotEmpty(City.AccessPoints);
        foreach (var ap in City.AccessPoints)
        {
            var route = routes[ap.RouteId];
            Assert.Contains(route.Geometry.Coordinates, c => c.Equals2D(ap.Location.Coordinate));
        }

        foreach (var group in City.AccessPoints.GroupBy(a => a.RouteId))
        {
            var points = group.ToList();
            for (var k = 1; k < points.Count; k++)
            {
                // Along the route the gap is 500–1500 m; straight-line it can only be shorter, never longer.
                Assert.True(points[k].Location.Distance(points[k - 1].Location) <= 1_700);
            }
        }

        var perKm = City.AccessPoints.Count / (City.Routes.Sum(r => r.LengthM) / 1_000);
        Assert.InRange(perKm, 0.6, 2.1);
    }

    private static (double, double, double, double) Key(double ax, double ay, double bx, double by) =>
        (ax, ay).CompareTo((bx, by)) < 0 ? (ax, ay, bx, by) : (bx, by, ax, ay);
}
