using System.Globalization;
using Infra.Core.Network;
using NetTopologySuite.Geometries;

namespace Infra.Synthetic.Tests;

/// <summary>One line per feature: layer, every property and the geometry's exact coordinates, for structural comparison.</summary>
internal static class InventoryFingerprint
{
    public static IReadOnlyList<string> Lines(GeoInventory city)
    {
        var lines = new List<string>();
        lines.AddRange(city.Sites.Select(s => string.Join('|', "site", s.Id, s.Name, s.Kind, s.District, s.Users, s.CurrentUplink,
            s.CurrentUplinkMbps, s.Wlan, s.FloorAreaM2, s.Rooms, s.PublicWlan, s.Priority, s.Synthetic, s.Source, Exact(s.Location))));
        lines.AddRange(city.Routes.Select(r => string.Join('|', "route", r.Id, r.Owner, r.FibreCount, r.FreeDucts, Exact(r.Geometry))));
        lines.AddRange(city.AccessPoints.Select(a => string.Join('|', "ap", a.Id, a.RouteId, Exact(a.Location))));
        lines.AddRange(city.Streets.Select(s => string.Join('|', "street", s.Id, s.Name, s.Class, s.Surface, s.FreeDuct, Exact(s.Geometry))));
        lines.AddRange(city.Hubs.Select(h => string.Join('|', "hub", h.Id, h.Name, h.HeightM, h.MaxLinks, h.HasFibre, Exact(h.Location))));
        lines.AddRange(city.Obstacles.Select(o => string.Join('|', "obstacle", o.Id, o.HeightM, Exact(o.Footprint))));
        return lines;
    }

    private static string Exact(Geometry geometry) =>
        geometry.GeometryType + ":" + string.Join(',', geometry.Coordinates.Select(c =>
            c.X.ToString("R", CultureInfo.InvariantCulture) + " " + c.Y.ToString("R", CultureInfo.InvariantCulture)));
}
