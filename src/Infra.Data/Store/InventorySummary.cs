using Infra.Core.Sites;

namespace Infra.Data.Store;

/// <summary>
/// Counts of what the database holds, for the inventory report (Bestand). Sites are counted all, in scope or not;
/// lengths in kilometres from the stored geometry lengths (EPSG:25832 metres). Every dictionary lists only keys with at
/// least one site; an empty database gives zeros and empty dictionaries.
/// </summary>
public sealed record InventorySummary
{
    public int SiteCount { get; init; }

    /// <summary>Sites that are city property and planned (<see cref="Site.InScope"/>).</summary>
    public int InScopeSiteCount { get; init; }

    public int SyntheticSiteCount { get; init; }

    public IReadOnlyDictionary<SiteKind, int> SitesByKind { get; init; } = new Dictionary<SiteKind, int>();

    /// <summary>Sites per Stadtbezirk, ordered by name.</summary>
    public IReadOnlyDictionary<string, int> SitesByDistrict { get; init; } = new Dictionary<string, int>();

    public IReadOnlyDictionary<UplinkKind, int> SitesByUplink { get; init; } = new Dictionary<UplinkKind, int>();

    public IReadOnlyDictionary<WlanState, int> SitesByWlan { get; init; } = new Dictionary<WlanState, int>();

    public int RouteCount { get; init; }

    public double RouteLengthKm { get; init; }

    /// <summary>Kilometres of LWL route per owner, ordered by owner.</summary>
    public IReadOnlyDictionary<string, double> RouteLengthKmByOwner { get; init; } = new Dictionary<string, double>();

    public int AccessPointCount { get; init; }

    public int StreetCount { get; init; }

    public double StreetLengthKm { get; init; }

    /// <summary>Kilometres of street with a free duct (Leerrohr).</summary>
    public double FreeDuctLengthKm { get; init; }

    public int HubCount { get; init; }

    public int ObstacleCount { get; init; }
}
