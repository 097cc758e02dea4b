namespace Infra.Status.Model;

/// <summary>Sites at the deadline: own uplink, only bridged, neither.</summary>
public sealed record ForecastCounts(int Connected, int Bridged, int Missed);
