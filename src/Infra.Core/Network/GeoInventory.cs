using Infra.Core.Sites;

namespace Infra.Core.Network;

/// <summary>All geodata layers of a city, as the planner reads them. Every geometry is in EPSG:25832.</summary>
public sealed record GeoInventory
{
    public IReadOnlyList<Site> Sites { get; init; } = [];

    public IReadOnlyList<LwlRoute> Routes { get; init; } = [];

    public IReadOnlyList<AccessPoint> AccessPoints { get; init; } = [];

    public IReadOnlyList<StreetSegment> Streets { get; init; } = [];

    public IReadOnlyList<RadioHub> Hubs { get; init; } = [];

    public IReadOnlyList<Obstacle> Obstacles { get; init; } = [];

    /// <summary>District boundaries; optional (the planner does not need them).</summary>
    public IReadOnlyList<District> Districts { get; init; } = [];
}
