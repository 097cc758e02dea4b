using Infra.Core.Sites;
using Infra.Planning.Evaluation;
using Infra.Planning.Instance;
using Infra.Planning.Costs;

namespace Infra.Planning.Baseline;

/// <summary>
/// The working design of <see cref="GreedyBaseline"/> and the moves every step makes on it. Budget, trench capacity,
/// radio installs and hub links are checked against what the design has actually chosen: nothing is set aside for
/// choices not yet made, so a step never refuses a site for money that no chosen site uses.
/// </summary>
internal sealed class GreedyState
{
    private const double Eps = 1e-9;

    public GreedyState(PlanningInstance instance)
    {
        Net = new GreedyNetwork(instance);
        S = new GreedySnapshot(instance.Sites.Count, Net.Graph.Nodes.Count, Net.Graph.Edges.Count, instance.Hubs.Count);
    }

    /// <summary>The state of an existing design: its choices, built edges, used taps and totals; the nodes joined to a used tap form the network.</summary>
    public static GreedyState FromDesign(PlanningInstance instance, NetworkDesign design)
    {
        var state = new GreedyState(instance);
        var s = state.S;
        var cost = DesignEvaluator.Evaluate(instance, design);
        design.Technology.CopyTo(s.Technology, 0);
        design.Hub.CopyTo(s.Hub, 0);
        design.EdgeBuilt.CopyTo(s.Built, 0);
        design.TapUsed.CopyTo(s.TapUsed, 0);
        foreach (var h in design.Hub.Where(h => h >= 0))
        {
            s.HubLinks[h]++;
        }

        DesignRepair.Connected(instance, design.EdgeBuilt, design.TapUsed).CopyTo(s.InTree, 0);
        (s.Capex, s.TrenchMetres, s.RadioInstalls) = (cost.CapexEuro, cost.TrenchMetres, cost.RadioSites);
        return state;
    }

    public GreedyNetwork Net { get; }

    public PlanningInstance Instance => Net.Instance;

    /// <summary>The current design; replaced wholesale when a trial is undone.</summary>
    public GreedySnapshot S { get; set; }

    /// <summary>Called with a site whose technology or hub changed, and with the site of a hub whose link count changed.</summary>
    public Action<int>? SiteChanged { get; set; }

    public NetworkDesign ToDesign() =>
        new((Technology?[])S.Technology.Clone(), (int[])S.Hub.Clone(), (bool[])S.Built.Clone(), (bool[])S.TapUsed.Clone());

    /// <summary>The objective term of the site's current choice: its option's NPV, or the unserved penalty.</summary>
    public double CurrentCost(int site) =>
        S.Technology[site] is { } t ? Instance.Sites[site].Option(t)!.NpvEuro : DesignEvaluator.UnservedPenaltyEuro;

    public SiteOption? CurrentOption(int site) => S.Technology[site] is { } t ? Instance.Sites[site].Option(t) : null;

    public bool FitsCapex(double extra) =>
        S.Capex + extra <= Instance.CapexBudgetUntilDeadline + (Eps * Math.Max(1, Instance.CapexBudgetUntilDeadline));

    public bool FitsTrench(double extra) =>
        S.TrenchMetres + extra <= Instance.TrenchMetresUntilDeadline + (Eps * Math.Max(1, Instance.TrenchMetresUntilDeadline));

    public bool RadioInstallLeft => S.RadioInstalls < Instance.RadioInstallsUntilDeadline;

    /// <summary>Whether the site may take its Richtfunk option now instead of its current choice (install, CAPEX).</summary>
    public bool CanSwitchToRadio(int site, SiteOption radio) =>
        RadioInstallLeft && FitsCapex(radio.CapexEuro - (CurrentOption(site)?.CapexEuro ?? 0));

    /// <summary>First candidate hub of the site (by distance) that has fibre and a free link; -1 when none.</summary>
    public int FreeHub(int site, bool existingFibreOnly)
    {
        foreach (var candidate in Net.RadioBySite[site])
        {
            var hub = Instance.Hubs[candidate.HubIndex];
            var hasFibre = hub.HasFibreAlready
                || (!existingFibreOnly && hub.SiteIndex >= 0 && S.Technology[hub.SiteIndex] == Technology.Fibre);
            if (hasFibre && S.HubLinks[hub.Index] < hub.MaxLinks)
            {
                return hub.Index;
            }
        }

        return -1;
    }

    /// <summary>Whether a Richtfunk site relies on this site's fibre as its hub.</summary>
    public bool ServesAsHub(int site)
    {
        var h = Net.HubOfSite[site];
        return h >= 0 && S.HubLinks[h] > 0;
    }

    public void Assign(int site, SiteOption option, int hub)
    {
        S.Technology[site] = option.Technology;
        S.Hub[site] = hub;
        S.Capex += option.CapexEuro;
        if (hub >= 0)
        {
            S.HubLinks[hub]++;
            S.RadioInstalls++;
        }

        Changed(site, hub);
    }

    public void Unassign(int site)
    {
        if (S.Technology[site] is not { } t)
        {
            return;
        }

        S.Capex -= Instance.Sites[site].Option(t)!.CapexEuro;
        var hub = S.Hub[site];
        if (hub >= 0)
        {
            S.HubLinks[hub]--;
            S.RadioInstalls--;
        }

        S.Technology[site] = null;
        S.Hub[site] = -1;
        Changed(site, hub);
    }

    /// <summary>Moves a site to another option (and hub), keeping the totals.</summary>
    public void Reassign(int site, SiteOption option, int hub)
    {
        Unassign(site);
        Assign(site, option, hub);
    }

    private void Changed(int site, int hub)
    {
        if (SiteChanged is not { } changed)
        {
            return;
        }

        changed(site);
        if (hub >= 0 && Instance.Hubs[hub].SiteIndex >= 0)
        {
            changed(Instance.Hubs[hub].SiteIndex);
        }
    }
}
