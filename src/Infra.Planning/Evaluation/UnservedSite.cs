using Infra.Core.Plans;

namespace Infra.Planning.Evaluation;

/// <summary>An unserved site that has options, with the cheapest addition per feasible technology, cheapest NPV first.</summary>
public sealed record UnservedSite(int SiteIndex, IReadOnlyList<SiteAddition> Additions)
{
    /// <summary>The limit that blocks the cheapest addition (by NPV); <see cref="LimitCode.FitsLimits"/> when one fits.</summary>
    public LimitCode PrimaryLimit =>
        Additions.Any(a => a.Limit == LimitCode.FitsLimits) ? LimitCode.FitsLimits : Additions.Count == 0 ? LimitCode.FitsLimits : Additions[0].Limit;

    /// <summary>The cheapest addition that fits every limit, if any.</summary>
    public SiteAddition? Fitting => Additions.FirstOrDefault(a => a.Limit == LimitCode.FitsLimits);
}
