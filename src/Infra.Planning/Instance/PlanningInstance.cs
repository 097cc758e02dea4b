using Infra.Core.Scenarios;
using Infra.Planning.Graph;
using Infra.Planning.Costs;

namespace Infra.Planning.Instance;

/// <summary>
/// Everything the optimiser and the greedy baseline decide on: sites with options, the candidate graph,
/// hubs and radio pairs, and the factors that turn CAPEX into NPV.
/// </summary>
public sealed class PlanningInstance
{
    public required Scenario Scenario { get; init; }

    /// <summary>In-scope sites, ordered by id (ordinal), so that plans are stable.</summary>
    public required IReadOnlyList<SiteSpec> Sites { get; init; }

    /// <summary>The graph the designs are built on (restricted to a few cheap paths per site where the scenario says so).</summary>
    public required CandidateGraph Graph { get; init; }

    /// <summary>
    /// Where <see cref="Graph"/> is restricted: the candidate graph after exact reductions only. Every design on the
    /// restricted graph is one on this graph at the same cost, so the optimiser proves its bound here. Null otherwise.
    /// </summary>
    public CandidateGraph? UnrestrictedGraph { get; init; }

    public required IReadOnlyList<HubSpec> Hubs { get; init; }

    /// <summary>Feasible site–hub pairs, ordered by site index then distance.</summary>
    public required IReadOnlyList<RadioCandidate> RadioCandidates { get; init; }

    /// <summary>NPV per euro of passive fibre CAPEX (trench, cable, tap): 1 plus discounted upkeep and reinvestments.</summary>
    public required double PassiveNpvFactor { get; init; }

    /// <summary>Trench metres that civil works can dig up to the deadline (aggregate capacity).</summary>
    public required double TrenchMetresUntilDeadline { get; init; }

    /// <summary>CAPEX budget summed over the calendar years up to the deadline, €.</summary>
    public required double CapexBudgetUntilDeadline { get; init; }

    /// <summary>Radio installs possible up to the deadline.</summary>
    public required int RadioInstallsUntilDeadline { get; init; }

    /// <summary>
    /// The scenario's costs, resolved once (the builder's calculator); later stages read costs here instead of going
    /// back to <c>Scenario.Costs</c>.
    /// </summary>
    public NpvCalculator Costs
    {
        get => field ??= new NpvCalculator(Scenario);
        init => field = value;
    }

    /// <summary>
    /// The same instance under another scenario of the same sites and graph (a what-if of capacities or budgets for the
    /// schedule); the design's aggregate limits stay those of this instance.
    /// </summary>
    public PlanningInstance WithScenario(Scenario scenario) => With(scenario, Graph, UnrestrictedGraph);

    /// <summary>The same instance on another candidate graph of the same sites (the unrestricted one, for the bound).</summary>
    public PlanningInstance WithGraph(CandidateGraph graph) => With(Scenario, graph, null);

    private PlanningInstance With(Scenario scenario, CandidateGraph graph, CandidateGraph? unrestricted) => new()
    {
        Scenario = scenario,
        Sites = Sites,
        Graph = graph,
        UnrestrictedGraph = unrestricted,
        Hubs = Hubs,
        RadioCandidates = RadioCandidates,
        PassiveNpvFactor = PassiveNpvFactor,
        TrenchMetresUntilDeadline = TrenchMetresUntilDeadline,
        CapexBudgetUntilDeadline = CapexBudgetUntilDeadline,
        RadioInstallsUntilDeadline = RadioInstallsUntilDeadline,
    };
}
