using Infra.Core.Sites;

namespace Infra.Core.Scenarios;

/// <summary>Planning policies of a scenario.</summary>
public sealed record Policies
{
    /// <summary>Demanded bandwidth per kind in Mbit/s, used when a site gives none.</summary>
    public IReadOnlyDictionary<SiteKind, int> DemandMbpsByKind { get; init; } = new Dictionary<SiteKind, int>
    {
        [SiteKind.School] = 1000,
    };

    /// <summary>Demand for kinds not in <see cref="DemandMbpsByKind"/>, Mbit/s.</summary>
    public int DefaultDemandMbps { get; init; } = 100;

    /// <summary>Sites with at least this many users demand <see cref="LargeSiteDemandMbps"/> whatever their kind.</summary>
    public int LargeSiteUsers { get; init; } = 150;

    public int LargeSiteDemandMbps { get; init; } = 1000;

    /// <summary>Minimum bandwidth per kind (Mbit/s) that a technology must deliver, on top of demand.</summary>
    public IReadOnlyDictionary<SiteKind, int> MinimumMbpsByKind { get; init; } = new Dictionary<SiteKind, int>();

    /// <summary>Allowed technologies per kind; a kind not listed may use all.</summary>
    public IReadOnlyDictionary<SiteKind, IReadOnlySet<Technology>> AllowedByKind { get; init; } =
        new Dictionary<SiteKind, IReadOnlySet<Technology>>();

    /// <summary>Technologies disallowed everywhere (e.g. "no Richtfunk").</summary>
    public IReadOnlySet<Technology> Disallowed { get; init; } = new HashSet<Technology>();

    /// <summary>Bonus per fibre site for "as many sites on LWL as possible", € (subtracted from the objective).</summary>
    public double FibreBonus { get; init; }

    /// <summary>Whether an interim leased line may bridge a fibre site that misses the deadline.</summary>
    public bool AllowBridging { get; init; } = true;

    /// <summary>Whether a plan may leave sites unserved (named with the reason) instead of failing.</summary>
    public bool AllowPartialPlan { get; init; } = true;

    /// <summary>Whether sites whose current uplink already meets demand keep it.</summary>
    public bool KeepAdequateUplinks { get; init; } = true;

    /// <summary>The bandwidth a site demands under these policies, Mbit/s.</summary>
    public int DemandOf(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (site.DemandMbps is { } given)
        {
            return given;
        }

        var byKind = DemandMbpsByKind.TryGetValue(site.Kind, out var d) ? d : DefaultDemandMbps;
        var demand = site.Users >= LargeSiteUsers ? Math.Max(byKind, LargeSiteDemandMbps) : byKind;
        return MinimumMbpsByKind.TryGetValue(site.Kind, out var min) ? Math.Max(demand, min) : demand;
    }

    /// <summary>Whether the policies allow <paramref name="technology"/> for <paramref name="site"/> (pins and exclusions included).</summary>
    public bool Allows(Site site, Technology technology)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (Disallowed.Contains(technology) || site.ExcludedTechnologies.Contains(technology))
        {
            return false;
        }

        if (site.PinnedTechnology is { } pin && pin != technology)
        {
            return false;
        }

        return !AllowedByKind.TryGetValue(site.Kind, out var allowed) || allowed.Contains(technology);
    }
}
