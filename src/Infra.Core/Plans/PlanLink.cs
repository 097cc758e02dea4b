using System.Text.Json.Serialization;
using Infra.Core.Network;
using NetTopologySuite.Geometries;

namespace Infra.Core.Plans;

/// <summary>A Richtfunk link from a site to its hub.</summary>
/// <param name="SiteId">The radio site.</param>
/// <param name="HubId">Its hub.</param>
/// <param name="DistanceM">Link length, m.</param>
/// <param name="LineOfSight">clear, not_verified (no obstacle layer) or blocked.</param>
/// <param name="Geometry">Line in EPSG:25832 (not in JSON).</param>
[SnakeCaseJson]
public sealed record PlanLink(string SiteId, string HubId, double DistanceM, LineOfSight LineOfSight, [property: JsonIgnore] LineString Geometry)
{
    /// <summary>"&lt;site&gt;-&gt;&lt;hub&gt;".</summary>
    public string Id => SiteId + "->" + HubId;
}
