using Infra.Core.Sites;

namespace Infra.Data.Entities;

/// <summary>Row of <c>sites</c>; mirrors <see cref="Site"/>. Excluded technologies are stored as a comma list in enum order.</summary>
internal sealed class SiteEntity : ILayerEntity
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public SiteKind Kind { get; set; }

    public string District { get; set; } = "";

    public int Users { get; set; }

    public int? DemandMbps { get; set; }

    public UplinkKind CurrentUplink { get; set; }

    public int CurrentUplinkMbps { get; set; }

    public WlanState Wlan { get; set; }

    public double? FloorAreaM2 { get; set; }

    public int? Rooms { get; set; }

    public bool PublicWlan { get; set; }

    public int Priority { get; set; }

    public Technology? PinnedTechnology { get; set; }

    public string ExcludedTechnologies { get; set; } = "";

    public bool InScope { get; set; }

    public bool Synthetic { get; set; }

    public string Source { get; set; } = "";

    public NetTopologySuite.Geometries.Geometry Geometry { get; set; } = null!;
}
