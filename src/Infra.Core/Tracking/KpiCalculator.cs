using Infra.Core.Codes;
using Infra.Core.Plans;
using Infra.Core.Progress;
using Infra.Core.Sites;

namespace Infra.Core.Tracking;

/// <summary>
/// Connected-site KPIs from plan and milestones; pure, no I/O. A site is connected when its technology is "keep" or its
/// milestone Inbetriebnahme is done with an actual date on or before the date; it is planned when it is "keep" or its
/// planned live date is on or before the date. WLAN counts sites whose milestone WLAN is done by the date. A site not
/// connected is at risk when the schedule says it misses the deadline, or (given a deadline) when it has no planned
/// live date or one after the deadline.
/// </summary>
public static class KpiCalculator
{
    public static KpiFigures Compute(IReadOnlyList<SiteTrackingInput> sites, DateOnly asOf, DateOnly? deadline = null)
    {
        ArgumentNullException.ThrowIfNull(sites);
        var states = sites.Select(s => new State(s, Connected(s, asOf), Planned(s, asOf), Done(s, Milestone.Wlan, asOf))).ToArray();
        var connected = states.Count(s => s.Connected);
        return new KpiFigures(
            asOf,
            states.Length,
            connected,
            Share(connected, states.Length),
            Share(states.Count(s => s.Wlan), states.Length),
            Groups(states, s => s.Site.Kind.ToCode()),
            Groups(states, s => s.Site.District),
            Groups(states, s => EnumCodes.Of(s.Site.Technology)),
            Share(states.Count(s => s.Planned), states.Length),
            states.Count(s => !s.Connected && AtRisk(s.Site, deadline)));
    }

    private static bool Connected(SiteTrackingInput s, DateOnly asOf) =>
        s.Technology == PlanTechnology.Keep || Done(s, Milestone.Inbetriebnahme, asOf);

    private static bool Planned(SiteTrackingInput s, DateOnly asOf) =>
        s.Technology == PlanTechnology.Keep || s.PlannedLive <= asOf;

    private static bool AtRisk(SiteTrackingInput s, DateOnly? deadline) =>
        s.MissesDeadline || (deadline is { } d && s.Technology != PlanTechnology.Keep && (s.PlannedLive is null || s.PlannedLive > d));

    private static bool Done(SiteTrackingInput s, Milestone milestone, DateOnly asOf) =>
        s.Milestones.Any(m => m.Milestone == milestone && m.Status == MilestoneStatus.Erledigt && m.ActualDate <= asOf);

    private static double Share(int part, int total) => total == 0 ? 0 : (double)part / total;

    private static SortedDictionary<string, GroupShare> Groups(IEnumerable<State> states, Func<State, string> key)
    {
        var groups = new SortedDictionary<string, GroupShare>(StringComparer.Ordinal);
        foreach (var group in states.GroupBy(key, StringComparer.Ordinal))
        {
            var total = group.Count();
            var connected = group.Count(s => s.Connected);
            groups[group.Key] = new GroupShare(connected, total, Share(connected, total), Share(group.Count(s => s.Planned), total));
        }

        return groups;
    }

    private sealed record State(SiteTrackingInput Site, bool Connected, bool Planned, bool Wlan);
}
