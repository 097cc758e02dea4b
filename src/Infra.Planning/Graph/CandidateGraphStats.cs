namespace Infra.Planning.Graph;

/// <summary>What building the candidate graph found and did, for reports.</summary>
/// <param name="StreetSegments">Street segments read.</param>
/// <param name="StreetComponents">Connected components of the noded street network.</param>
/// <param name="NodesBeforeReduction">Nodes before reduction.</param>
/// <param name="EdgesBeforeReduction">Edges before reduction.</param>
/// <param name="UsedFallback">True when no street layer was given and the k-nearest-neighbour graph was used.</param>
/// <param name="SitesWithoutFibreAccess">Sites that no path joins to a tap (listed by id).</param>
/// <param name="PathsPerSite">
/// 0 when the graph is complete or only exactly reduced; otherwise the paths per site of the path-union restriction
/// (not exact: a bound computed on this graph is a bound of the restricted problem only).
/// </param>
public sealed record CandidateGraphStats(
    int StreetSegments,
    int StreetComponents,
    int NodesBeforeReduction,
    int EdgesBeforeReduction,
    bool UsedFallback,
    IReadOnlyList<string> SitesWithoutFibreAccess,
    int PathsPerSite = 0)
{
    /// <summary>True when the path-union restriction (not exact) was applied.</summary>
    public bool IsRestricted => PathsPerSite > 0;
}
