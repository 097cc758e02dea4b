namespace Infra.Planning.Graph;

/// <summary>How taps are placed on routes without access points (<see cref="OpenRouteTaps"/>).</summary>
/// <param name="ReachM">With streets: street nodes within this distance of a route get a tap on it, metres.</param>
/// <param name="SpacingM">Extra taps every this many metres along the route; 0 for none.</param>
/// <param name="Fallback">No street layer: sites look for routes instead of street nodes.</param>
/// <param name="Neighbours">Fallback only: a site's reach is the distance to its k-th nearest other site.</param>
internal sealed record TapSettings(double ReachM, double SpacingM, bool Fallback, int Neighbours);
