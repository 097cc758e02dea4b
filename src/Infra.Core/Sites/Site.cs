using NetTopologySuite.Geometries;

namespace Infra.Core.Sites;

/// <summary>
/// A city site (Liegenschaft) to be connected. <see cref="Location"/> is in EPSG:25832 metres.
/// </summary>
public sealed record Site
{
    public required SiteId Id { get; init; }

    public required string Name { get; init; }

    public required SiteKind Kind { get; init; }

    /// <summary>Point in EPSG:25832 (ETRS89 / UTM 32N), metres.</summary>
    public required Point Location { get; init; }

    /// <summary>Stadtbezirk (city district) name.</summary>
    public required string District { get; init; }

    /// <summary>Users: pupils for schools, staff otherwise. Zero when unknown.</summary>
    public int Users { get; init; }

    /// <summary>Demanded bandwidth in Mbit/s when given; otherwise the scenario's rule per kind applies.</summary>
    public int? DemandMbps { get; init; }

    public UplinkKind CurrentUplink { get; init; } = UplinkKind.None;

    /// <summary>Bandwidth of the current uplink in Mbit/s (0 when none or unknown).</summary>
    public int CurrentUplinkMbps { get; init; }

    public WlanState Wlan { get; init; } = WlanState.None;

    /// <summary>Gross floor area in square metres, when known.</summary>
    public double? FloorAreaM2 { get; init; }

    /// <summary>Number of rooms (classrooms for schools), when known.</summary>
    public int? Rooms { get; init; }

    /// <summary>Whether the site has a public area (waiting room, library hall) that gets public WLAN.</summary>
    public bool PublicWlan { get; init; }

    /// <summary>Priority 1 (highest) to 5 (lowest); 3 by default.</summary>
    public int Priority { get; init; } = 3;

    /// <summary>A technology this site must get, when pinned.</summary>
    public Technology? PinnedTechnology { get; init; }

    /// <summary>Technologies this site must not get.</summary>
    public IReadOnlySet<Technology> ExcludedTechnologies { get; init; } = new HashSet<Technology>();

    /// <summary>False for sites that are not city property (private schools): kept in the data, not planned.</summary>
    public bool InScope { get; init; } = true;

    /// <summary>True for generated stand-in data, false for real data.</summary>
    public bool Synthetic { get; init; }

    /// <summary>Where the record comes from (data set name and licence), shown in reports.</summary>
    public string Source { get; init; } = "";
}
