using Infra.Core.Network;

namespace Infra.Planning.Instance;

/// <summary>A feasible Richtfunk pair: site to hub, within range for the site's demand and not blocked.</summary>
/// <param name="SiteIndex">The site served by the link.</param>
/// <param name="HubIndex">Index into <see cref="PlanningInstance.Hubs"/>.</param>
/// <param name="DistanceM">Straight-line distance in metres.</param>
/// <param name="LineOfSight">Whether line of sight was verified.</param>
public sealed record RadioCandidate(int SiteIndex, int HubIndex, double DistanceM, LineOfSight LineOfSight);
