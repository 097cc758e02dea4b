using Infra.Core.Collections;
using Infra.Core.Sites;
using Infra.Planning.Evaluation;
using Infra.Planning.Graph;
using Infra.Planning.Instance;
using Infra.Planning.Costs;

namespace Infra.Planning.Design;

/// <summary>
/// The rooted prize-collecting Steiner arborescence model of the network design (planning-model.md):
/// a super-root joins every tap; every undirected candidate edge becomes two arcs; a fibre site must be
/// entered by a built arc and every node set holding it without the root must be entered (directed cuts,
/// separated on demand), and an arc u→v needs u entered by another arc (two-cycle rows). Zero-cost edges (existing
/// LWL with free ducts) are contracted: each component of them is one model node whose edges are free to use, an
/// exact reduction (an optimal tree enters such a component once and runs inside it at no cost) that keeps the LP
/// from closing free cycles detached from the root; such a component, entered by many arcs, gets an entry column
/// that keeps the rows about it short. Radio assignment, leased lines and the aggregate limits up to the deadline
/// sit beside it (<see cref="NetworkDesignSideRows"/>). Columns and base rows are built once; cuts are added as rows by <see cref="DirectedCutSeparator"/>.
/// </summary>
internal sealed class NetworkDesignModel
{
    /// <summary>Objective cost of leaving a site unserved (only where the scenario allows partial plans).</summary>
    internal const double UnservedPenaltyEuro = DesignEvaluator.UnservedPenaltyEuro;

    private NetworkDesignModel(PlanningInstance instance)
    {
        Instance = instance;
        var graph = instance.Graph;
        var sites = instance.Sites.Count;
        FibreColumn = Filled(sites);
        LeasedColumn = Filled(sites);
        UnservedColumn = Filled(sites);
        RootArcColumn = Filled(graph.Nodes.Count);
        Representative = ContractZeroCostEdges(graph, out var contracted);
        Contracted = contracted;
        ArcColumnForward = Filled(graph.Edges.Count);
        ArcColumnBackward = Filled(graph.Edges.Count);
    }

    public PlanningInstance Instance { get; }

    public SparseModel Model { get; } = new();

    public int[] FibreColumn { get; }

    public int[] LeasedColumn { get; }

    public int[] UnservedColumn { get; }

    /// <summary>Radio columns with their candidate.</summary>
    public List<(int Column, RadioCandidate Candidate)> RadioColumns { get; } = [];

    /// <summary>The model node of each graph node: the smallest node of its component of zero-cost edges.</summary>
    public int[] Representative { get; }

    /// <summary>Edges inside a zero-cost component: free, always available, without columns.</summary>
    public bool[] Contracted { get; }

    /// <summary>Column of the arc root→tap per node (-1 where the node is no tap); its head is the tap's representative.</summary>
    public int[] RootArcColumn { get; }

    /// <summary>Column of the arc From→To per edge.</summary>
    public int[] ArcColumnForward { get; }

    /// <summary>Column of the arc To→From per edge.</summary>
    public int[] ArcColumnBackward { get; }

    /// <summary>Arcs entering each model node (empty for contracted non-representatives): (column, tail model node or -1 for the root).</summary>
    public List<(int Column, int Tail)>[] InArcs { get; private set; } = [];

    /// <summary>Column equal to the number of built arcs into each model node, or -1 where there is none (few arcs in).</summary>
    public int[] EntryColumn { get; private set; } = [];

    /// <summary>Tail (-1 for the root) and head node per arc column.</summary>
    public Dictionary<int, (int Tail, int Head)> ArcEnds { get; } = [];

    /// <summary>Sites with a fibre column, and their model node.</summary>
    public List<(int Site, int Node)> FibreSites { get; } = [];

    public static NetworkDesignModel Build(PlanningInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var m = new NetworkDesignModel(instance);
        m.AddColumns();
        m.AddRows();
        return m;
    }

    private static int[] Filled(int n) => Enumerable.Repeat(-1, n).ToArray();

    private static int[] ContractZeroCostEdges(CandidateGraph graph, out bool[] contracted)
    {
        var union = new UnionFind(graph.Nodes.Count);
        contracted = new bool[graph.Edges.Count];
        foreach (var e in graph.Edges)
        {
            if (e.CapexEuro <= 0 && e.TrenchMetres <= 0)
            {
                contracted[e.Index] = true;
                union.Union(e.From, e.To);
            }
        }

        var smallest = new Dictionary<int, int>();
        for (var v = 0; v < graph.Nodes.Count; v++)
        {
            smallest.TryAdd(union.Find(v), v);
        }

        return Enumerable.Range(0, graph.Nodes.Count).Select(v => smallest[union.Find(v)]).ToArray();
    }

    /// <summary>
    /// A bound that needs no LP: every site at its cheapest column, every trench and tap free (all their costs are ≥ 0,
    /// and dropping rows only lowers the optimum). Reported when not a single LP round finishes in time.
    /// </summary>
    public double TrivialBound()
    {
        var cheapest = new Dictionary<int, double>();
        void Offer(int site, int column)
        {
            if (column >= 0)
            {
                cheapest[site] = Math.Min(cheapest.GetValueOrDefault(site, double.PositiveInfinity), Model.Objective[column]);
            }
        }

        for (var i = 0; i < FibreColumn.Length; i++)
        {
            Offer(i, FibreColumn[i]);
            Offer(i, LeasedColumn[i]);
            Offer(i, UnservedColumn[i]);
        }

        foreach (var (column, candidate) in RadioColumns)
        {
            Offer(candidate.SiteIndex, column);
        }

        var siteColumns = new HashSet<int>(FibreColumn.Concat(LeasedColumn).Concat(UnservedColumn).Concat(RadioColumns.Select(r => r.Column)));
        var othersFree = Enumerable.Range(0, Model.ColumnCount).All(j => siteColumns.Contains(j) || Model.Objective[j] >= 0);
        return othersFree ? cheapest.Values.Sum() : double.NegativeInfinity;
    }

    private void AddColumns()
    {
        var bonus = Instance.Scenario.Policies.FibreBonus;
        var allowPartial = Instance.Scenario.Policies.AllowPartialPlan;
        foreach (var s in Instance.Sites.Where(s => !s.KeepsCurrentUplink))
        {
            if (s.Option(Technology.Fibre) is { } fibre && Instance.Graph.SiteNode.TryGetValue(s.Index, out var node))
            {
                FibreColumn[s.Index] = Model.AddColumn($"f_{s.Index}", 0, 1, fibre.NpvEuro - bonus, true);
                FibreSites.Add((s.Index, Representative[node]));
            }

            if (s.Option(Technology.Leased) is { } leased)
            {
                LeasedColumn[s.Index] = Model.AddColumn($"l_{s.Index}", 0, 1, leased.NpvEuro, true);
            }

            // A site without any option is unserved whatever the design: no column, no penalty (the score agrees).
            if (allowPartial && s.Options.Count > 0)
            {
                UnservedColumn[s.Index] = Model.AddColumn($"u_{s.Index}", 0, 1, UnservedPenaltyEuro, true);
            }
        }

        foreach (var c in Instance.RadioCandidates)
        {
            var site = Instance.Sites[c.SiteIndex];
            if (site.KeepsCurrentUplink || site.Option(Technology.Radio) is not { } radio || !HubUsable(c.HubIndex))
            {
                continue;
            }

            RadioColumns.Add((Model.AddColumn($"z_{c.SiteIndex}_{c.HubIndex}", 0, 1, radio.NpvEuro, true), c));
        }

        var factor = Instance.PassiveNpvFactor;
        var graph = Instance.Graph;
        foreach (var tap in graph.TapNodes)
        {
            RootArcColumn[tap] = Model.AddColumn($"r_{tap}", 0, 1, graph.Nodes[tap].TapCostEuro * factor, true);
        }

        foreach (var e in graph.Edges)
        {
            // Free edges are inside their model node; an edge between two nodes of one component is never needed.
            if (Contracted[e.Index] || Representative[e.From] == Representative[e.To])
            {
                continue;
            }

            var cost = e.CapexEuro * factor;
            ArcColumnForward[e.Index] = Model.AddColumn($"a_{e.From}_{e.To}", 0, 1, cost, true);
            ArcColumnBackward[e.Index] = Model.AddColumn($"a_{e.To}_{e.From}", 0, 1, cost, true);
        }

        InArcs = new List<(int, int)>[graph.Nodes.Count];
        for (var v = 0; v < graph.Nodes.Count; v++)
        {
            InArcs[v] = [];
        }

        foreach (var tap in graph.TapNodes)
        {
            InArcs[Representative[tap]].Add((RootArcColumn[tap], -1));
        }

        foreach (var e in graph.Edges.Where(e => ArcColumnForward[e.Index] >= 0))
        {
            InArcs[Representative[e.To]].Add((ArcColumnForward[e.Index], Representative[e.From]));
            InArcs[Representative[e.From]].Add((ArcColumnBackward[e.Index], Representative[e.To]));
        }

        for (var v = 0; v < InArcs.Length; v++)
        {
            foreach (var (column, tail) in InArcs[v])
            {
                ArcEnds[column] = (tail, v);
            }
        }
    }

    /// <summary>A hub can serve links if it has fibre today or may get it.</summary>
    private bool HubUsable(int hubIndex)
    {
        var hub = Instance.Hubs[hubIndex];
        return hub.HasFibreAlready || (hub.SiteIndex >= 0 && FibreColumn[hub.SiteIndex] >= 0);
    }

    private void AddRows()
    {
        AddEntryColumns();
        AddChoiceRows();
        AddDegreeRows();
        NetworkDesignSideRows.AddRadioRows(this);
        NetworkDesignSideRows.AddLimitRows(this);
    }

    private void AddChoiceRows()
    {
        var radioBySite = RadioColumns.ToLookup(r => r.Candidate.SiteIndex, r => r.Column);
        foreach (var s in Instance.Sites.Where(s => !s.KeepsCurrentUplink))
        {
            var terms = new List<(int, double)>();
            foreach (var col in new[] { FibreColumn[s.Index], LeasedColumn[s.Index], UnservedColumn[s.Index] }.Where(c => c >= 0))
            {
                terms.Add((col, 1));
            }

            terms.AddRange(radioBySite[s.Index].Select(c => (c, 1.0)));
            if (terms.Count > 0)
            {
                Model.AddRow(terms, 1, 1);
            }
        }
    }

    private void AddDegreeRows()
    {
        var graph = Instance.Graph;
        var outArcs = new List<int>[graph.Nodes.Count];
        var holdsSiteNode = new bool[graph.Nodes.Count];
        for (var v = 0; v < outArcs.Length; v++)
        {
            outArcs[v] = [];
            holdsSiteNode[Representative[v]] |= graph.Nodes[v].Kind == CandidateNodeKind.Site;
        }

        foreach (var e in graph.Edges.Where(e => ArcColumnForward[e.Index] >= 0))
        {
            outArcs[Representative[e.From]].Add(ArcColumnForward[e.Index]);
            outArcs[Representative[e.To]].Add(ArcColumnBackward[e.Index]);

            // Two-cycle rows: an arc u→v is built only if u is entered by an arc other than v→u. Valid for every
            // arborescence (u is in the tree and its parent is not v); without them the LP meets the in-degree
            // rows with 2-cycles detached from the root and the cut loop creeps (planning-model.md).
            AddTwoCycleRow(ArcColumnForward[e.Index], Representative[e.From], ArcColumnBackward[e.Index]);
            AddTwoCycleRow(ArcColumnBackward[e.Index], Representative[e.To], ArcColumnForward[e.Index]);
        }

        var sitesAt = FibreSites.ToLookup(s => s.Node, s => s.Site);
        for (var v = 0; v < graph.Nodes.Count; v++)
        {
            // Entered(v) stands for the sum of arcs into v: the arcs themselves, or one column equal to their sum.
            var entered = Entered(v);
            if (entered.Count == 0)
            {
                continue;
            }

            if (EntryColumn[v] < 0)
            {
                Model.AddRow(entered, double.NegativeInfinity, 1);
            }

            if (sitesAt.Contains(v))
            {
                // The trivial directed cut S = {v}: a fibre site is entered by a built arc.
                foreach (var site in sitesAt[v])
                {
                    Model.AddRow([.. entered, (FibreColumn[site], -1.0)], 0, double.PositiveInfinity);
                }
            }
            else if (!holdsSiteNode[v])
            {
                // A Steiner node that is entered is also left: leaves of an optimal tree are fibre sites.
                Model.AddRow([.. entered, .. outArcs[v].Select(c => (c, -1.0))], double.NegativeInfinity, 0);
            }
        }
    }

    /// <summary>
    /// Gives every model node entered by at least <see cref="EntryColumnMinDegree"/> arcs a column equal to the sum of
    /// them (bounded by 1: the in-degree row). Rows that need "u is entered" then hold one entry instead of all arcs into
    /// u: the two-cycle rows of a node entered by d arcs shrink from d² entries to 3d. The LP is the same (the column is
    /// fixed by its row); the contracted existing-fibre components, entered by thousands of arcs, made up most of the
    /// city's matrix before (docs/planning.md).
    /// </summary>
    private void AddEntryColumns()
    {
        EntryColumn = Filled(InArcs.Length);
        for (var v = 0; v < InArcs.Length; v++)
        {
            if (InArcs[v].Count >= EntryColumnMinDegree)
            {
                EntryColumn[v] = Model.AddColumn($"y_{v}", 0, 1, 0, false);
                Model.AddRow([.. InArcs[v].Select(a => (a.Column, 1.0)), (EntryColumn[v], -1.0)], 0, 0);
            }
        }
    }

    private List<(int Column, double Coefficient)> Entered(int v) =>
        EntryColumn[v] >= 0 ? [(EntryColumn[v], 1.0)] : [.. InArcs[v].Select(a => (a.Column, 1.0))];

    /// <summary>In-degree from which a node gets an entry column (below it the arcs themselves are as sparse).</summary>
    private const int EntryColumnMinDegree = 5;

    private void AddTwoCycleRow(int arc, int tail, int reverse)
    {
        // arc ≤ entered(tail) − reverse: the tail is entered by an arc other than the reverse one.
        var terms = new List<(int, double)> { (arc, 1.0) };
        if (EntryColumn[tail] >= 0)
        {
            terms.Add((reverse, 1.0));
            terms.Add((EntryColumn[tail], -1.0));
        }
        else
        {
            terms.AddRange(InArcs[tail].Where(a => a.Column != reverse).Select(a => (a.Column, -1.0)));
        }

        Model.AddRow(terms, double.NegativeInfinity, 0);
    }
}
