using NetTopologySuite.Geometries;

namespace Infra.Core.Network;

/// <summary>
/// A city district (Stadtbezirk) with its official name and boundary, EPSG:25832. Sites without a district take the
/// name of the district their point lies in; the dashboard draws the outlines.
/// </summary>
public sealed record District
{
    public required FeatureId Id { get; init; }

    /// <summary>The official name, e.g. "Innenstadt-West"; what sites carry as their district.</summary>
    public required string Name { get; init; }

    /// <summary>A Polygon or MultiPolygon (districts with exclaves).</summary>
    public required Geometry Boundary { get; init; }

    public bool Synthetic { get; init; }
}
