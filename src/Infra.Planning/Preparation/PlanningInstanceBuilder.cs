using Infra.Core.Network;
using Infra.Core.Plans;
using Infra.Core.Scenarios;
using Infra.Core.Sites;
using Infra.Planning.Costs;
using Infra.Planning.Graph;
using Infra.Planning.Instance;
using Infra.Planning.Radio;
using NetTopologySuite.Geometries;

namespace Infra.Planning.Preparation;

/// <summary>
/// Builds the <see cref="PlanningInstance"/> of a scenario on a geodata inventory: in-scope sites ordered by id with
/// demand, kept uplinks, options and coded exclusion reasons; the reduced candidate graph; hubs; Richtfunk pairs;
/// the passive NPV factor; and the aggregate capacity and budget up to the deadline (docs/cost-model.md).
/// Deterministic for the same input.
/// </summary>
public static class PlanningInstanceBuilder
{
    /// <summary>Hubs with fibre today that every site may reach besides the finder's nearest hubs.</summary>
    public const int ExistingFibreHubsPerSite = 4;

    /// <summary>Antenna height at sites and site hubs, metres.</summary>
    public const double SiteAntennaHeightM = 12;


    private static readonly int DefaultHubLinks = new RadioHub { Id = new FeatureId("default"), Location = Point.Empty }.MaxLinks;

    public static PlanningInstance Build(Scenario scenario, GeoInventory inventory, CancellationToken cancellationToken = default) =>
        Build(scenario, inventory, null, cancellationToken);

    /// <summary>As the other overload; <paramref name="progress"/> receives the stage names (German).</summary>
    public static PlanningInstance Build(Scenario scenario, GeoInventory inventory, IProgress<string>? progress,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(inventory);
        var policies = scenario.Policies;
        var costs = scenario.Costs;
        var npv = new NpvCalculator(scenario);

        progress?.Report("Standorte und Bedarf");
        var sites = inventory.Sites.Where(s => s.InScope).OrderBy(s => s.Id.Value, StringComparer.Ordinal).ToArray();
        var demand = sites.Select(policies.DemandOf).ToArray();
        var keeps = new bool[sites.Length];
        var fibreCandidates = new HashSet<int>();
        for (var i = 0; i < sites.Length; i++)
        {
            var site = sites[i];
            keeps[i] = policies.KeepAdequateUplinks && site.CurrentUplink != UplinkKind.None && site.CurrentUplinkMbps >= demand[i];
            if (!keeps[i] && policies.Allows(site, Technology.Fibre))
            {
                fibreCandidates.Add(i);
            }
        }

        progress?.Report("Kandidatennetz");
        var full = new CandidateGraphBuilder(costs, scenario.Solver).Build(sites, fibreCandidates, inventory, cancellationToken);
        progress?.Report("Reduktion des Kandidatennetzes");
        var exact = CandidateGraphReducer.ReduceExactly(full, cancellationToken);
        var graph = scenario.Solver.PathsPerSite > 0 ? CandidateGraphReducer.Restrict(exact, scenario.Solver.PathsPerSite, cancellationToken) : exact;
        // The builder lists the sites no path joins to a tap; the reductions keep every site's paths to taps.
        var noAccess = full.Stats.SitesWithoutFibreAccess.ToHashSet(StringComparer.Ordinal);
        var mayGetFibre = fibreCandidates
            .Where(i => graph.SiteNode.TryGetValue(i, out var node) && graph.Incident(node).Count > 0 && !noAccess.Contains(sites[i].Id.Value))
            .ToHashSet();

        progress?.Report("Richtfunk-Hubs");
        var (hubs, heights) = Hubs(sites, mayGetFibre, inventory.Hubs);
        var finder = new RadioCandidateFinder(costs, siteAntennaHeightM: SiteAntennaHeightM);
        var needRadio = Enumerable.Range(0, sites.Length)
            .Where(i => !keeps[i] && policies.Allows(sites[i], Technology.Radio) && finder.RangeFor(demand[i]) > 0)
            .ToHashSet();
        progress?.Report("Richtfunk-Kandidaten");
        var radio = RadioCandidates(finder, costs, sites, demand, hubs, heights, inventory.Obstacles, needRadio, cancellationToken);
        var withRadio = radio.Select(c => c.SiteIndex).ToHashSet();

        progress?.Report("Optionen je Standort");
        var specs = new SiteSpec[sites.Length];
        for (var i = 0; i < sites.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            specs[i] = Spec(i, sites[i], demand[i], keeps[i], scenario, npv, finder, mayGetFibre.Contains(i), withRadio.Contains(i));
        }

        var quarters = QuartersUntilDeadline(scenario.PlanningStart, scenario.Deadline);
        return new PlanningInstance
        {
            Scenario = scenario,
            Sites = specs,
            Graph = graph,
            UnrestrictedGraph = ReferenceEquals(graph, exact) ? null : exact,
            Hubs = hubs,
            RadioCandidates = radio,
            PassiveNpvFactor = npv.PassiveNpvFactor,
            TrenchMetresUntilDeadline = quarters * scenario.Capacities.TrenchMetresPerQuarter,
            RadioInstallsUntilDeadline = quarters * scenario.Capacities.RadioInstallsPerQuarter,
            Costs = npv,
            CapexBudgetUntilDeadline = CapexBudgetUntilDeadline(scenario),
        };
    }

    /// <summary>
    /// The finder's nearest hubs per site, plus the nearest <see cref="ExistingFibreHubsPerSite"/> hubs that have fibre
    /// today (which the nearest ones, mostly sites that may get fibre, could crowd out), ordered by site, distance, hub.
    /// </summary>
    private static List<RadioCandidate> RadioCandidates(RadioCandidateFinder finder, CostParameters costs, Site[] sites, int[] demand, List<HubSpec> hubs,
        List<double> heights, IReadOnlyList<Obstacle> obstacles, HashSet<int> needRadio, CancellationToken cancellationToken)
    {
        var all = finder.Find(sites, demand, hubs, obstacles, needRadio, heights, cancellationToken);
        var withFibre = hubs.Where(h => h.HasFibreAlready).ToList();
        var fibreFinder = new RadioCandidateFinder(costs, ExistingFibreHubsPerSite, SiteAntennaHeightM);
        var existing = fibreFinder.Find(sites, demand, withFibre, obstacles, needRadio, withFibre.Select(h => heights[h.Index]).ToList(),
            cancellationToken);
        return all
            .Concat(existing.Select(c => c with { HubIndex = withFibre[c.HubIndex].Index }))
            .DistinctBy(c => (c.SiteIndex, c.HubIndex))
            .OrderBy(c => c.SiteIndex).ThenBy(c => c.DistanceM).ThenBy(c => c.HubIndex)
            .ToList();
    }

    /// <summary>
    /// Whole quarters from the quarter of <paramref name="start"/> to the quarter of <paramref name="deadline"/>, both
    /// included; 0 when the deadline lies before the start.
    /// </summary>
    public static int QuartersUntilDeadline(DateOnly start, DateOnly deadline)
    {
        var count = QuarterNumber(deadline) - QuarterNumber(start) + 1;
        return Math.Max(0, count);
    }

    /// <summary>
    /// CAPEX budget of the calendar years from the planning start to the deadline: every year before the deadline's
    /// year in full, the deadline's year pro rata by its quarters up to and including the deadline's quarter
    /// (when start and deadline share a year: by the quarters from the start's to the deadline's).
    /// </summary>
    public static double CapexBudgetUntilDeadline(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var (start, deadline) = (scenario.PlanningStart, scenario.Deadline);
        if (deadline < start)
        {
            return 0;
        }

        var sum = 0.0;
        for (var year = start.Year; year < deadline.Year; year++)
        {
            sum += scenario.Capacities.BudgetFor(year);
        }

        var firstQuarter = start.Year == deadline.Year ? QuarterOfYear(start) : 1;
        var share = (QuarterOfYear(deadline) - firstQuarter + 1) / 4.0;
        return sum + (share * scenario.Capacities.BudgetFor(deadline.Year));
    }

    private static int QuarterOfYear(DateOnly date) => ((date.Month - 1) / 3) + 1;

    private static int QuarterNumber(DateOnly date) => (date.Year * 4) + QuarterOfYear(date) - 1;

    private static SiteSpec Spec(int index, Site site, int demand, bool keeps, Scenario scenario, NpvCalculator npv,
        RadioCandidateFinder finder, bool fibreReachable, bool hasRadioCandidate)
    {
        var policies = scenario.Policies;
        var costs = scenario.Costs;
        if (keeps)
        {
            return new SiteSpec(index, site, demand, true, [], []);
        }

        var options = new List<SiteOption>();
        var exclusions = new List<PlanExclusion>();
        if (!policies.Allows(site, Technology.Fibre))
        {
            exclusions.Add(new PlanExclusion(PlanTechnology.Fibre, ExclusionCode.ByScenario));
        }
        else if (!fibreReachable)
        {
            exclusions.Add(new PlanExclusion(PlanTechnology.Fibre, ExclusionCode.NoNetworkAccess));
        }
        else
        {
            options.Add(npv.FibreOption());
        }

        var range = finder.RangeFor(demand);
        if (!policies.Allows(site, Technology.Radio))
        {
            exclusions.Add(new PlanExclusion(PlanTechnology.Radio, ExclusionCode.ByScenario));
        }
        else if (range <= 0)
        {
            exclusions.Add(new PlanExclusion(PlanTechnology.Radio, ExclusionCode.DemandAboveCapacity, demand, RadioCandidateFinder.MaxMbps));
        }
        else if (!hasRadioCandidate)
        {
            exclusions.Add(new PlanExclusion(PlanTechnology.Radio, ExclusionCode.NoHubInRange, demand, RadioCandidateFinder.TierMbps(demand), range));
        }
        else
        {
            options.Add(npv.RadioOption());
        }

        if (!policies.Allows(site, Technology.Leased))
        {
            exclusions.Add(new PlanExclusion(PlanTechnology.Leased, ExclusionCode.ByScenario));
        }
        else if (costs.LeasedMbps < demand)
        {
            exclusions.Add(new PlanExclusion(PlanTechnology.Leased, ExclusionCode.DemandAboveCapacity, demand, costs.LeasedMbps));
        }
        else
        {
            options.Add(npv.LeasedOption());
        }

        return new SiteSpec(index, site, demand, false, options, exclusions);
    }

    /// <summary>Site hubs (fibre today or may get it) in site order, then extra hubs by id; antenna height per hub.</summary>
    private static (List<HubSpec> Hubs, List<double> Heights) Hubs(Site[] sites, HashSet<int> mayGetFibre, IReadOnlyList<RadioHub> extra)
    {
        var hubs = new List<HubSpec>();
        var heights = new List<double>();
        for (var i = 0; i < sites.Length; i++)
        {
            var hasFibre = sites[i].CurrentUplink == UplinkKind.Fibre;
            if (hasFibre || mayGetFibre.Contains(i))
            {
                var p = sites[i].Location.Coordinate;
                hubs.Add(new HubSpec(hubs.Count, sites[i].Id.Value, i, p.X, p.Y, DefaultHubLinks, hasFibre));
                heights.Add(SiteAntennaHeightM);
            }
        }

        // An extra hub without fibre can never serve a link (it cannot get fibre itself): left out.
        foreach (var hub in extra.Where(h => h.HasFibre).OrderBy(h => h.Id.Value, StringComparer.Ordinal))
        {
            var p = hub.Location.Coordinate;
            hubs.Add(new HubSpec(hubs.Count, hub.Id.Value, -1, p.X, p.Y, hub.MaxLinks, true));
            heights.Add(hub.HeightM);
        }

        return (hubs, heights);
    }
}
