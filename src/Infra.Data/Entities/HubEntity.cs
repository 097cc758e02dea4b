namespace Infra.Data.Entities;

/// <summary>Row of <c>hubs</c>; mirrors <see cref="Infra.Core.Network.RadioHub"/>.</summary>
internal sealed class HubEntity : ILayerEntity
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public double HeightM { get; set; }

    public int MaxLinks { get; set; }

    public bool HasFibre { get; set; }

    public bool Synthetic { get; set; }

    public NetTopologySuite.Geometries.Geometry Geometry { get; set; } = null!;
}
