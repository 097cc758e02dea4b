using Infra.Planning.Graph;
using Infra.Planning.Instance;

namespace Infra.Planning.Design;

/// <summary>
/// A lower bound for a candidate graph too large for one LP: the area is cut into a grid of blocks (bands of the
/// sites' coordinates, so blocks hold about equal numbers of sites), and every block is solved as its own problem
/// in which each edge costs only in the block of its first node and each tap only in its own block, sites of other
/// blocks need nothing, hubs on other blocks' sites count as lit, and the aggregate limits apply per block.
/// <para>
/// Valid for the whole problem (cost splitting): restricted to one block's sites, the whole optimum is a solution of
/// that block's problem whose cost there is the block's sites' costs plus the block's share of the edges and taps it
/// uses; those shares add up to the whole optimum's cost, and each block's LP bound is at most its block optimum. Edges
/// that cost nothing in a block are contracted by the model, so a block's LP is about the size of its own area.
/// What is lost is at the borders, where a site may use a neighbour's streets for free.
/// </para>
/// </summary>
internal static class BlockDecompositionBound
{
    /// <summary>
    /// Candidate edges per block above which the graph is cut into more blocks. Each border costs bound (sites there
    /// reach the neighbour's free streets), so blocks are as large as an LP that converges in the time allows: on the
    /// region (126,180 edges) one LP over all of it still gained 1 % a round after five rounds and 231 s, while two
    /// strips (nearly) converge in the time and lose less than a 2 × 2 grid (docs/planning.md).
    /// </summary>
    internal const int EdgesPerBlock = 80_000;

    /// <summary>
    /// Bands across and down for an instance: (1, 1) (no decomposition) up to its graph's need. Of the two orientations
    /// of a grid, the one whose borders fewer edges cross, since the bound loses at the borders.
    /// </summary>
    public static (int Across, int Down) Grid(PlanningInstance whole)
    {
        ArgumentNullException.ThrowIfNull(whole);
        var graph = whole.Graph;
        var blocks = Math.Max(1, (int)Math.Ceiling(graph.Edges.Count / (double)EdgesPerBlock));
        var across = (int)Math.Ceiling(Math.Sqrt(blocks));
        var down = (int)Math.Ceiling(blocks / (double)across);
        if (across == down)
        {
            return (across, down);
        }

        int Crossing(int a, int d)
        {
            var (nodeBlock, _) = Assign(whole, a, d);
            return graph.Edges.Count(e => nodeBlock[e.From] != nodeBlock[e.To]);
        }

        return Crossing(down, across) < Crossing(across, down) ? (down, across) : (across, down);
    }

    /// <summary>The sum of the blocks' LP bounds, or −∞ if a block's LP found no optimum in its share of the time.</summary>
    public static (double Bound, int Blocks) Compute(
        PlanningInstance whole, int across, int down, double seconds, Solver.LpEngine engine, IProgress<Solver.SolverProgress>? progress,
        CancellationToken cancellationToken, Action<string>? trace = null)
    {
        ArgumentNullException.ThrowIfNull(whole);
        ArgumentOutOfRangeException.ThrowIfLessThan(across, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(down, 1);
        var (nodeBlock, siteBlock) = Assign(whole, across, down);
        var blocks = across * down;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var total = 0.0;
        for (var k = 0; k < blocks; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!siteBlock.Contains(k))
            {
                continue;
            }

            var block = Block(whole, k, nodeBlock, siteBlock);
            var model = NetworkDesignModel.Build(block);
            var block1 = k + 1;
            var lp = new CuttingPlaneBound(model, new DirectedCutSeparator(model), engine)
            {
                Phase = Solver.SolverPhase.WholeGraphBound,
                Trace = trace is null ? null : line => trace($"block {block1}/{blocks} {line}"),
            };
            var share = (seconds - clock.Elapsed.TotalSeconds) / (blocks - k);
            lp.Run(Math.Max(1, share), Math.Max(4000, model.FibreSites.Count), stallRelative: 1e-5, progress, cancellationToken);
            if (double.IsNegativeInfinity(lp.Bound))
            {
                return (double.NegativeInfinity, blocks);
            }

            trace?.Invoke($"block {block1}/{blocks}: bound {lp.Bound:F0} after {lp.Rounds} rounds{(lp.StoppedByTime ? ", stopped by the clock" : "")}");
            total += lp.Bound;
        }

        return (total, blocks);
    }

    /// <summary>The block of every graph node and of every site (by its node, else by its location).</summary>
    private static (int[] NodeBlock, int[] SiteBlock) Assign(PlanningInstance whole, int across, int down)
    {
        var xs = whole.Sites.Select(s => s.Site.Location.X).Order().ToArray();
        var ys = whole.Sites.Select(s => s.Site.Location.Y).Order().ToArray();
        int BlockOf(double x, double y) => (Band(xs, x, across) * down) + Band(ys, y, down);

        var graph = whole.Graph;
        var nodeBlock = graph.Nodes.Select(n => BlockOf(n.X, n.Y)).ToArray();
        var siteBlock = whole.Sites.Select(s => graph.SiteNode.TryGetValue(s.Index, out var node) ? nodeBlock[node] : BlockOf(s.Site.Location.X, s.Site.Location.Y)).ToArray();
        return (nodeBlock, siteBlock);
    }

    private static PlanningInstance Block(PlanningInstance whole, int k, int[] nodeBlock, int[] siteBlock)
    {
        var graph = whole.Graph;
        var nodes = graph.Nodes.Select(n => nodeBlock[n.Index] == k || n.Kind != CandidateNodeKind.Tap ? n : n with { TapCostEuro = 0 }).ToList();
        var edges = graph.Edges.Select(e => nodeBlock[e.From] == k ? e : e with { CapexEuro = 0, TrenchMetres = 0 }).ToList();
        return new PlanningInstance
        {
            Scenario = whole.Scenario,
            Sites = whole.Sites.Select(s => siteBlock[s.Index] == k ? s : s with { KeepsCurrentUplink = true }).ToList(),
            Graph = new CandidateGraph(nodes, edges, graph.Stats),
            Hubs = whole.Hubs.Select(h => h.SiteIndex >= 0 && siteBlock[h.SiteIndex] != k ? h with { HasFibreAlready = true } : h).ToList(),
            RadioCandidates = whole.RadioCandidates,
            PassiveNpvFactor = whole.PassiveNpvFactor,
            TrenchMetresUntilDeadline = whole.TrenchMetresUntilDeadline,
            CapexBudgetUntilDeadline = whole.CapexBudgetUntilDeadline,
            RadioInstallsUntilDeadline = whole.RadioInstallsUntilDeadline,
        };
    }

    /// <summary>Which of <paramref name="bands"/> quantile bands of the sorted coordinates <paramref name="sorted"/> holds <paramref name="v"/>.</summary>
    private static int Band(double[] sorted, double v, int bands)
    {
        var band = 0;
        for (var i = 1; i < bands && sorted.Length > 0; i++)
        {
            if (v >= sorted[Math.Min(sorted.Length - 1, i * sorted.Length / bands)])
            {
                band = i;
            }
        }

        return band;
    }
}
