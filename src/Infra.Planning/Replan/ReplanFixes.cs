using Infra.Core.Network;
using Infra.Core.Plans;

namespace Infra.Planning.Replan;

/// <summary>
/// The inventory a re-plan starts from and what was fixed in it.
/// </summary>
/// <param name="Inventory">Sites with built uplinks recorded as their current uplink, started sites pinned, dug trenches as free ducts.</param>
/// <param name="BuiltSites">Sites whose uplink is in service on the date, with the technology they were built with.</param>
/// <param name="PinnedSites">Sites under construction (Tiefbau or later started, not in service): their technology is pinned.</param>
/// <param name="EarliestStart">Sites not started whose Planung or permit is outstanding: the first day their work may be scheduled
/// (pass as <see cref="Schedule.ScheduleOptions.EarliestStart"/>).</param>
/// <param name="DugTrenches">Trenches of the base plan fully dug by the date.</param>
/// <param name="DuctedStreets">Street segments turned into free ducts by those trenches.</param>
/// <param name="WlanDone">Sites whose WLAN is in service on the date (recorded as complete WLAN).</param>
public sealed record ReplanFixes(
    GeoInventory Inventory,
    IReadOnlyDictionary<string, PlanTechnology> BuiltSites,
    IReadOnlyList<string> PinnedSites,
    IReadOnlyDictionary<string, DateOnly> EarliestStart,
    int DugTrenches,
    int DuctedStreets,
    int WlanDone);
