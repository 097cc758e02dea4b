using Infra.Core.Plans;
using Infra.Planning.Schedule;

namespace Infra.Planning.Replan;

/// <summary>A site whose own uplink is not live by the deadline quarter in a schedule.</summary>
/// <param name="SiteId">Site id.</param>
/// <param name="Technology">Technology of the design (fibre|radio|leased|none).</param>
/// <param name="Live">Quarter its own uplink goes live, or null when never within the horizon.</param>
/// <param name="Bridged">True when an interim leased line connects it from the deadline quarter.</param>
/// <param name="Reason">Why, in German (the schedule's reason).</param>
public sealed record LateSite(string SiteId, PlanTechnology Technology, Quarter? Live, bool Bridged, string Reason);
