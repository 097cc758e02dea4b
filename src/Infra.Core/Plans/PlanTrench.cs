using System.Text.Json.Serialization;
using NetTopologySuite.Geometries;

namespace Infra.Core.Plans;

/// <summary>A built edge of the network: new trench, fibre blown into a duct, existing LWL or house connection.</summary>
/// <param name="Id">"edge-&lt;index&gt;" (<see cref="IdOf"/>).</param>
/// <param name="EdgeIndex">Index of the candidate edge.</param>
/// <param name="Kind">How fibre gets along it.</param>
/// <param name="LengthM">Length, m.</param>
/// <param name="TrenchM">Metres of new trench (0 for ducts and existing LWL).</param>
/// <param name="CapexEur">CAPEX, €.</param>
/// <param name="SitesServed">Fibre sites whose path uses it.</param>
/// <param name="DugQuarter">Quarter it is finished, or null.</param>
/// <param name="DugDate">Last day of <paramref name="DugQuarter"/>.</param>
/// <param name="SourceIds">Ids of the street or route features it runs along.</param>
/// <param name="Geometry">Line in EPSG:25832 (not in JSON).</param>
[SnakeCaseJson]
public sealed record PlanTrench(
    string Id,
    int EdgeIndex,
    TrenchKind Kind,
    double LengthM,
    double TrenchM,
    double CapexEur,
    int SitesServed,
    string? DugQuarter,
    DateOnly? DugDate,
    IReadOnlyList<string> SourceIds,
    [property: JsonIgnore] LineString Geometry)
{
    /// <summary>The id of the trench on candidate edge <paramref name="edgeIndex"/>: "edge-&lt;index&gt;".</summary>
    public static string IdOf(int edgeIndex) => "edge-" + edgeIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
