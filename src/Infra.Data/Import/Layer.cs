namespace Infra.Data.Import;

/// <summary>The geodata layers, in the order they are written (a layer only refers to layers before it).</summary>
public enum Layer
{
    Sites,
    Routes,
    AccessPoints,
    Streets,
    Hubs,
    Obstacles,
    Districts,
}
