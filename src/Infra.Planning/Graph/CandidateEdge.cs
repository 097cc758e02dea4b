using NetTopologySuite.Geometries;

namespace Infra.Planning.Graph;

/// <summary>
/// An undirected edge of the candidate graph: a stretch along which fibre can be laid.
/// </summary>
/// <param name="Index">Position in <see cref="CandidateGraph.Edges"/>.</param>
/// <param name="From">Node index of one end.</param>
/// <param name="To">Node index of the other end.</param>
/// <param name="LengthM">Route length in metres (what civil-works capacity counts for trenches).</param>
/// <param name="TrenchMetres">Metres of new trench this edge needs (0 for duct and existing LWL).</param>
/// <param name="CapexEuro">One-off build cost: trench or duct per metre plus cable per metre.</param>
/// <param name="Kind">How fibre gets along the edge.</param>
/// <param name="Geometry">Line in EPSG:25832, for output; may be merged from several street segments.</param>
/// <param name="SourceIds">Ids of the street segments or routes this edge was built from, in order.</param>
public sealed record CandidateEdge(
    int Index,
    int From,
    int To,
    double LengthM,
    double TrenchMetres,
    double CapexEuro,
    CandidateEdgeKind Kind,
    LineString Geometry,
    IReadOnlyList<string> SourceIds)
{
    /// <summary>The end that is not <paramref name="node"/>.</summary>
    public int Other(int node) => node == From ? To : From;
}
