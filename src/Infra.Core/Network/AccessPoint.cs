using NetTopologySuite.Geometries;

namespace Infra.Core.Network;

/// <summary>
/// A splice closure (Muffe) where an existing LWL route can be tapped. When a data set has no access
/// points, any point of a route is a tap.
/// </summary>
public sealed record AccessPoint
{
    public required FeatureId Id { get; init; }

    public required FeatureId RouteId { get; init; }

    /// <summary>Location in EPSG:25832 metres.</summary>
    public required Point Location { get; init; }

    public bool Synthetic { get; init; }
}
