using NetTopologySuite.Geometries;

namespace Infra.Core.Network;

/// <summary>An existing fibre route (LWL-Trasse) of the city or a partner. Geometry in EPSG:25832 metres.</summary>
public sealed record LwlRoute
{
    public required FeatureId Id { get; init; }

    /// <summary>Route geometry; a single line string in EPSG:25832.</summary>
    public required LineString Geometry { get; init; }

    /// <summary>Owner of the route, e.g. "Stadt Dortmund" or "DOKOM21".</summary>
    public string Owner { get; init; } = "";

    /// <summary>Number of fibres in the cable.</summary>
    public int FibreCount { get; init; }

    /// <summary>Number of free ducts (Leerrohre) along the route that new fibre can be blown into.</summary>
    public int FreeDucts { get; init; }

    public bool Synthetic { get; init; }

    /// <summary>Length in metres.</summary>
    public double LengthM => Geometry.Length;
}
