namespace Infra.Planning.Evaluation;

/// <summary>An unserved site that has options, with the cheapest addition per feasible technology, cheapest NPV first.</summary>
public sealed record UnservedSite(int SiteIndex, IReadOnlyList<SiteAddition> Additions)
{
    /// <summary>The limit that blocks the cheapest addition (by NPV); <see cref="UnservedLimit.None"/> when one fits.</summary>
    public UnservedLimit PrimaryLimit =>
        Additions.Any(a => a.Limit == UnservedLimit.None) ? UnservedLimit.None : Additions.Count == 0 ? UnservedLimit.None : Additions[0].Limit;

    /// <summary>The cheapest addition that fits every limit, if any.</summary>
    public SiteAddition? Fitting => Additions.FirstOrDefault(a => a.Limit == UnservedLimit.None);
}
