using Infra.Core.Plans;
using Infra.Core.Sites;
using Infra.Planning.Costs;

namespace Infra.Planning.Instance;

/// <summary>A site as the optimiser sees it: demand, feasible technologies with costs, and why others are out.</summary>
/// <param name="Index">Position in <see cref="PlanningInstance.Sites"/> (sites are ordered by id).</param>
/// <param name="Site">The site.</param>
/// <param name="DemandMbps">Demanded bandwidth under the scenario's rules, Mbit/s.</param>
/// <param name="KeepsCurrentUplink">True when the current uplink meets demand and the scenario keeps it: no decision.</param>
/// <param name="Options">Feasible technologies (capacity and policy), with standalone costs; radio listed when any hub candidate exists.</param>
/// <param name="Exclusions">Why each other technology is out, as codes (empty for sites keeping their uplink).</param>
public sealed record SiteSpec(
    int Index,
    Site Site,
    int DemandMbps,
    bool KeepsCurrentUplink,
    IReadOnlyList<SiteOption> Options,
    IReadOnlyList<PlanExclusion> Exclusions)
{
    public SiteOption? Option(Technology technology) => Options.FirstOrDefault(o => o.Technology == technology);
}
