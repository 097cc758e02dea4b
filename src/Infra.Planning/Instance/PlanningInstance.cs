using Infra.Core.Scenarios;
using Infra.Planning.Graph;

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

    public required CandidateGraph Graph { get; init; }

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
}
