using Infra.Core.Plans;
using Infra.Core.Sites;
using Infra.Planning.Evaluation;

namespace Infra.Planning.Plans;

/// <summary>
/// Why a site that has options is not served, as codes and figures, from <see cref="UnservedAnalysis"/> of the
/// returned design: per technology the limit that blocks its cheapest addition, with what it needs and what the plan
/// leaves. "Budget" appears only where the budget really is what blocks that addition in this plan.
/// </summary>
internal static class UnservedReasons
{
    public static PlanLimit[] Limits(UnservedSite analysis) =>
        analysis.Additions.Select(a => new PlanLimit(Of(a.Technology), a.Limit, a.Needed, a.Available)).ToArray();

    private static PlanTechnology Of(Technology technology) => technology switch
    {
        Technology.Fibre => PlanTechnology.Fibre,
        Technology.Radio => PlanTechnology.Radio,
        _ => PlanTechnology.Leased,
    };
}
