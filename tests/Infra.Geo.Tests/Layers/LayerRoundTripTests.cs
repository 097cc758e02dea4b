using Infra.Core.Network;
using Infra.Core.Sites;
using Infra.Geo.Layers;
using Infra.Geo.Tests.GeoJson;
using NetTopologySuite.Geometries;

namespace Infra.Geo.Tests.Layers;

public sealed class LayerRoundTripTests : IClassFixture<SmallCityFixture>, IDisposable
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), Srid.Etrs89Utm32);
    private readonly SmallCityFixture _city;
    private readonly TempFolder _temp = new();

    public LayerRoundTripTests(SmallCityFixture city) => _city = city;

    public void Dispose() => _temp.Dispose();

    private static double Tolerance(int srid) => srid == Srid.Wgs84 ? 0.02 : 0;

    /// <summary>A site with every optional property set to a non-default value.</summary>
    private static Site FullSite() => new()
    {
        Id = new SiteId("SCH-129150"),
        Name = "Steinhammerschule \"Marten\"",
        Kind = SiteKind.SportsFacility,
        Location = Factory.CreatePoint(new Coordinate(385693.37, 5706652.21)),
        District = "Lütgendortmund",
        Users = 200,
        DemandMbps = 250,
        CurrentUplink = UplinkKind.Dsl,
        CurrentUplinkMbps = 50,
        Wlan = WlanState.Partial,
        FloorAreaM2 = 2_345.5,
        Rooms = 14,
        PublicWlan = true,
        Priority = 1,
        PinnedTechnology = Technology.Fibre,
        ExcludedTechnologies = new HashSet<Technology> { Technology.Leased, Technology.Radio },
        InScope = false,
        Synthetic = true,
        Source = "Test, dl-de/by-2-0",
    };

    [Theory]
    [InlineData(Srid.Wgs84)]
    [InlineData(Srid.Etrs89Utm32)]
    public void Sites_round_trip_every_property(int srid)
    {
        var sites = _city.City.Sites.Prepend(FullSite()).ToList();
        var path = _temp.File("sites.geojson");

        LayerFiles.WriteSites(path, sites, srid);
        var read = LayerFiles.ReadSites(path);

        Assert.Equal(sites.Count, read.Count);
        for (var i = 0; i < sites.Count; i++)
        {
            var (e, a) = (sites[i], read[i]);
            Assert.Equal(e with { Location = a.Location, ExcludedTechnologies = a.ExcludedTechnologies }, a);
            Assert.Equal(e.ExcludedTechnologies.Order(), a.ExcludedTechnologies.Order());
            GeometryAssert.Near(e.Location, a.Location, Tolerance(srid), e.Id.Value);
        }
    }

    [Theory]
    [InlineData(Srid.Wgs84)]
    [InlineData(Srid.Etrs89Utm32)]
    public void Routes_round_trip(int srid)
    {
        var routes = _city.City.Routes;
        var path = _temp.File("routes.geojson");

        LayerFiles.WriteRoutes(path, routes, srid);
        var read = LayerFiles.ReadRoutes(path);

        Assert.Equal(routes.Count, read.Count);
        Assert.NotEmpty(routes);
        for (var i = 0; i < routes.Count; i++)
        {
            Assert.Equal(routes[i] with { Geometry = read[i].Geometry }, read[i]);
            GeometryAssert.Near(routes[i].Geometry, read[i].Geometry, Tolerance(srid), routes[i].Id.Value);
        }
    }

    [Theory]
    [InlineData(Srid.Wgs84)]
    [InlineData(Srid.Etrs89Utm32)]
    public void Access_points_round_trip(int srid)
    {
        var points = _city.City.AccessPoints;
        var path = _temp.File("aps.geojson");

        LayerFiles.WriteAccessPoints(path, points, srid);
        var read = LayerFiles.ReadAccessPoints(path);

        Assert.NotEmpty(points);
        Assert.Equal(points.Count, read.Count);
        for (var i = 0; i < points.Count; i++)
        {
            Assert.Equal(points[i] with { Location = read[i].Location }, read[i]);
            GeometryAssert.Near(points[i].Location, read[i].Location, Tolerance(srid), points[i].Id.Value);
        }
    }

    [Theory]
    [InlineData(Srid.Wgs84)]
    [InlineData(Srid.Etrs89Utm32)]
    public void Streets_round_trip(int srid)
    {
        var streets = _city.City.Streets;
        var path = _temp.File("streets.geojson");

        LayerFiles.WriteStreets(path, streets, srid);
        var read = LayerFiles.ReadStreets(path);

        Assert.Equal(streets.Count, read.Count);
        Assert.Contains(streets, s => s.Class == StreetClass.Arterial);
        Assert.Contains(streets, s => s.Surface == SurfaceClass.MicroTrench);
        for (var i = 0; i < streets.Count; i++)
        {
            Assert.Equal(streets[i] with { Geometry = read[i].Geometry }, read[i]);
            GeometryAssert.Near(streets[i].Geometry, read[i].Geometry, Tolerance(srid), streets[i].Id.Value);
        }
    }

    [Theory]
    [InlineData(Srid.Wgs84)]
    [InlineData(Srid.Etrs89Utm32)]
    public void Hubs_round_trip(int srid)
    {
        var hubs = _city.City.Hubs.Append(new RadioHub
        {
            Id = new FeatureId("HUB-X"), Location = Factory.CreatePoint(new Coordinate(393000, 5708000)), Name = "Florianturm",
            HeightM = 141.5, MaxLinks = 1, HasFibre = false, Synthetic = false,
        }).ToList();
        var path = _temp.File("hubs.geojson");

        LayerFiles.WriteHubs(path, hubs, srid);
        var read = LayerFiles.ReadHubs(path);

        Assert.Equal(hubs.Count, read.Count);
        for (var i = 0; i < hubs.Count; i++)
        {
            Assert.Equal(hubs[i] with { Location = read[i].Location }, read[i]);
            GeometryAssert.Near(hubs[i].Location, read[i].Location, Tolerance(srid), hubs[i].Id.Value);
        }
    }

    [Theory]
    [InlineData(Srid.Wgs84)]
    [InlineData(Srid.Etrs89Utm32)]
    public void Obstacles_round_trip(int srid)
    {
        var obstacles = _city.City.Obstacles;
        var path = _temp.File("obstacles.geojson");

        LayerFiles.WriteObstacles(path, obstacles, srid);
        var read = LayerFiles.ReadObstacles(path);

        Assert.NotEmpty(obstacles);
        Assert.Equal(obstacles.Count, read.Count);
        for (var i = 0; i < obstacles.Count; i++)
        {
            Assert.Equal(obstacles[i] with { Footprint = read[i].Footprint }, read[i]);
            GeometryAssert.Near(obstacles[i].Footprint, read[i].Footprint, Tolerance(srid), obstacles[i].Id.Value);
        }
    }
}
