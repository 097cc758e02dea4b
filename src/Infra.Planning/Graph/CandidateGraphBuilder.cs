using Infra.Core.Collections;
using Infra.Core.Network;
using Infra.Core.Scenarios;
using Infra.Core.Sites;

namespace Infra.Planning.Graph;

/// <summary>
/// Builds the candidate graph for fibre design from the street layer, the existing LWL routes and the sites
/// (all EPSG:25832 metres). With streets: the street layer is noded (end points and shared vertices, merged within
/// <see cref="SolverSettings.SnapToleranceM"/>), each fibre-candidate site gets a drop to the nearest point of the
/// nearest street, and taps join the street nodes. Without streets: a k-nearest-neighbour graph among sites and taps
/// (<see cref="SolverSettings.NearestNeighbours"/>, lengths × <see cref="SolverSettings.DetourFactor"/>).
/// Empty inputs give an empty graph; the result is deterministic for the same input order.
/// </summary>
public sealed class CandidateGraphBuilder
{
    private readonly EdgeCosts _costs;
    private readonly SolverSettings _settings;

    public CandidateGraphBuilder(CostParameters costs, SolverSettings settings)
    {
        ArgumentNullException.ThrowIfNull(costs);
        ArgumentNullException.ThrowIfNull(settings);
        _costs = new EdgeCosts(costs);
        _settings = settings;
    }

    /// <summary>Builds the graph.</summary>
    /// <param name="sites">Site index = position in the list.</param>
    /// <param name="fibreCandidates">Site indices that may get fibre: only they get a site node and a drop.</param>
    /// <param name="network">Routes, access points and streets are used; its sites are ignored.</param>
    /// <param name="cancellationToken">Checked between sites, segments and routes.</param>
    public CandidateGraph Build(IReadOnlyList<Site> sites, IReadOnlySet<int> fibreCandidates, GeoInventory network,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(fibreCandidates);
        ArgumentNullException.ThrowIfNull(network);

        var draft = new GraphDraft();
        var lookup = new NodeLookup(_settings.SnapToleranceM);
        var useFallback = network.Streets.Count == 0;
        var components = 0;
        if (!useFallback)
        {
            components = StreetNoder.Node(draft, lookup, network.Streets, _costs, _settings.SnapToleranceM, cancellationToken);
        }

        DropPlacer.Place(draft, sites, fibreCandidates, _costs, _settings.SnapToleranceM, cancellationToken);
        TapBuilder.Add(draft, lookup, network.Routes, network.AccessPoints, _costs, cancellationToken);
        if (useFallback)
        {
            FallbackBuilder.Connect(draft, _costs, _settings.NearestNeighbours, _settings.DetourFactor, cancellationToken);
        }

        var edgeCount = draft.Edges.Count(e => e is not null);
        var stats = new CandidateGraphStats(network.Streets.Count, components, draft.Nodes.Count, edgeCount, useFallback,
            SitesWithoutTap(draft, sites));
        return draft.ToGraph(stats);
    }

    private static List<string> SitesWithoutTap(GraphDraft draft, IReadOnlyList<Site> sites)
    {
        var sets = new UnionFind(draft.Nodes.Count);
        foreach (var edge in draft.Edges)
        {
            if (edge is not null)
            {
                sets.Union(edge.From, edge.To);
            }
        }

        var hasTap = new bool[draft.Nodes.Count];
        foreach (var node in draft.Nodes)
        {
            if (node.Kind == CandidateNodeKind.Tap)
            {
                hasTap[sets.Find(node.Index)] = true;
            }
        }

        var result = new List<string>();
        foreach (var node in draft.Nodes)
        {
            if (node.Kind == CandidateNodeKind.Site && !hasTap[sets.Find(node.Index)])
            {
                result.Add(sites[node.SiteIndex].Id.Value);
            }
        }

        return result;
    }
}
