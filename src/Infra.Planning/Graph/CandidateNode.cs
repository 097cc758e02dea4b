namespace Infra.Planning.Graph;

/// <summary>A node of the candidate graph. <see cref="X"/>, <see cref="Y"/> in EPSG:25832 metres.</summary>
/// <param name="Index">Position in <see cref="CandidateGraph.Nodes"/>.</param>
/// <param name="Kind">What the node stands for.</param>
/// <param name="X">Easting, metres.</param>
/// <param name="Y">Northing, metres.</param>
/// <param name="SiteIndex">For <see cref="CandidateNodeKind.Site"/>: index into the planning instance's site list; otherwise -1.</param>
/// <param name="TapCostEuro">For <see cref="CandidateNodeKind.Tap"/>: CAPEX of tapping the existing route here; otherwise 0.</param>
public sealed record CandidateNode(int Index, CandidateNodeKind Kind, double X, double Y, int SiteIndex = -1, double TapCostEuro = 0);
