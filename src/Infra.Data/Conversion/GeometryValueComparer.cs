using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Infra.Data.Conversion;

/// <summary>Geometries are equal when they are exactly equal (same type, same coordinates in the same order).</summary>
internal sealed class GeometryValueComparer : ValueComparer<NetTopologySuite.Geometries.Geometry>
{
    public GeometryValueComparer()
        : base((a, b) => AreEqual(a, b), g => g == null ? 0 : g.GetHashCode(), g => g.Copy())
    {
    }

    public static bool AreEqual(NetTopologySuite.Geometries.Geometry? a, NetTopologySuite.Geometries.Geometry? b) =>
        a is null ? b is null : b is not null && a.EqualsExact(b);
}
