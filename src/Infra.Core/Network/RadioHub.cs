using NetTopologySuite.Geometries;

namespace Infra.Core.Network;

/// <summary>
/// An extra Richtfunk hub (mast or roof) beside the sites that have or get fibre. Location in EPSG:25832 metres.
/// </summary>
public sealed record RadioHub
{
    public required FeatureId Id { get; init; }

    public required Point Location { get; init; }

    public string Name { get; init; } = "";

    /// <summary>Antenna height above ground in metres.</summary>
    public double HeightM { get; init; } = 20;

    /// <summary>Maximum number of radio links the hub carries.</summary>
    public int MaxLinks { get; init; } = 6;

    /// <summary>Whether the hub already has fibre (otherwise it cannot serve links).</summary>
    public bool HasFibre { get; init; } = true;

    public bool Synthetic { get; init; }
}
