namespace Infra.Planning.Tracking;

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
        throw new NotImplementedException();
    }
}
