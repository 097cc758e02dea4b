using Infra.Core.Network;
using Infra.Core.Sites;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Infra.Data.Tests.Support;

/// <summary>A tiny city with every layer and every optional field used at least once (set and unset).</summary>
internal static class TestLayers
{
    private static readonly WKTReader Reader = new(new NetTopologySuite.NtsGeometryServices(new PrecisionModel(), Srid.Etrs89Utm32));

    public static T Wkt<T>(string wkt)
        where T : Geometry => (T)Reader.Read(wkt);

    public static GeoInventory Inventory() => new()
    {
        Sites =
        [
            new Site
            {
                Id = new SiteId("SCH-100001"),
                Name = "Gymnasium an der Testallee",
                Kind = SiteKind.School,
                Location = Wkt<Point>("POINT (392219.25 5707679.5)"),
                District = "Innenstadt West",
                Users = 840,
                DemandMbps = 2000,
                CurrentUplink = UplinkKind.Dsl,
                CurrentUplinkMbps = 50,
                Wlan = WlanState.Partial,
                FloorAreaM2 = 6250.5,
                Rooms = 42,
                PublicWlan = true,
                Priority = 1,
                PinnedTechnology = Technology.Fibre,
                ExcludedTechnologies = new HashSet<Technology> { Technology.Radio, Technology.Leased },
                Synthetic = false,
                Source = "Schulliste NRW, dl-de/by-2-0",
            },
            new Site
            {
                Id = new SiteId("KITA-7"),
                Name = "Kita Sonnenschein",
                Kind = SiteKind.Kita,
                Location = Wkt<Point>("POINT (395786 5703443)"),
                District = "Hörde",
                InScope = false,
                Synthetic = true,
            },
            new Site
            {
                Id = new SiteId("FW-2"),
                Name = "Feuerwache 2",
                Kind = SiteKind.FireStation,
                Location = Wkt<Point>("POINT (399545.125 5705650.875)"),
                District = "Aplerbeck",
                Users = 60,
                CurrentUplink = UplinkKind.Leased,
                CurrentUplinkMbps = 100,
                Wlan = WlanState.Full,
                ExcludedTechnologies = new HashSet<Technology> { Technology.Radio },
            },
        ],
        Routes =
        [
            new LwlRoute
            {
                Id = new FeatureId("LWL-1"),
                Geometry = Wkt<LineString>("LINESTRING (392000 5707000, 393000 5707000, 393500 5707800)"),
                Owner = "Stadt Dortmund",
                FibreCount = 96,
                FreeDucts = 2,
            },
            new LwlRoute
            {
                Id = new FeatureId("LWL-2"),
                Geometry = Wkt<LineString>("LINESTRING (395000 5703000, 396000 5703000)"),
                Owner = "DOKOM21",
                FibreCount = 24,
                Synthetic = true,
            },
        ],
        AccessPoints =
        [
            new AccessPoint { Id = new FeatureId("AP-1"), RouteId = new FeatureId("LWL-1"), Location = Wkt<Point>("POINT (393000 5707000)") },
            new AccessPoint
            {
                Id = new FeatureId("AP-2"), RouteId = new FeatureId("LWL-2"), Location = Wkt<Point>("POINT (395500 5703000)"), Synthetic = true,
            },
        ],
        Streets =
        [
            new StreetSegment { Id = new FeatureId("ST-1"), Geometry = Wkt<LineString>("LINESTRING (392000 5707000, 392219.25 5707679.5)"), Name = "Testallee" },
            new StreetSegment
            {
                Id = new FeatureId("ST-2"),
                Geometry = Wkt<LineString>("LINESTRING (395000 5703000, 395786 5703443)"),
                Name = "Hörder Straße",
                Class = StreetClass.Arterial,
                Surface = SurfaceClass.MicroTrench,
                FreeDuct = true,
            },
            new StreetSegment
            {
                Id = new FeatureId("ST-3"),
                Geometry = Wkt<LineString>("LINESTRING (399000 5705000, 399545.125 5705650.875)"),
                Surface = SurfaceClass.Unpaved,
                Synthetic = true,
            },
        ],
        Hubs =
        [
            new RadioHub { Id = new FeatureId("HUB-1"), Location = Wkt<Point>("POINT (394000 5708000)"), Name = "Florianturm", HeightM = 140, MaxLinks = 8 },
            new RadioHub { Id = new FeatureId("HUB-2"), Location = Wkt<Point>("POINT (388000 5709000)"), HasFibre = false, Synthetic = true },
        ],
        Obstacles =
        [
            new Obstacle
            {
                Id = new FeatureId("OB-1"),
                Footprint = Wkt<Polygon>("POLYGON ((393100 5707100, 393140 5707100, 393140 5707130, 393100 5707130, 393100 5707100), "
                    + "(393110 5707110, 393120 5707110, 393120 5707120, 393110 5707110))"),
                HeightM = 31.5,
            },
        ],
    };
}
