namespace Infra.Data.Entities;

/// <summary>Row of <c>districts</c>; mirrors <see cref="Infra.Core.Network.District"/>.</summary>
internal sealed class DistrictEntity : ILayerEntity
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public bool Synthetic { get; set; }

    public NetTopologySuite.Geometries.Geometry Geometry { get; set; } = null!;
}
