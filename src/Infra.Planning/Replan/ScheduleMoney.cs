namespace Infra.Planning.Replan;

/// <summary>Money figures of a schedule that the outlook compares (nominal €, no discounting).</summary>
public static class ScheduleMoney
{
    /// <summary>Budgeted CAPEX (fibre, Richtfunk, leased-line setup, WLAN; bridging setups not included) in the years up to <paramref name="lastYear"/>.</summary>
    public static double CapexThrough(Schedule.Schedule schedule, int lastYear)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.CapexByYear.Where(y => y.Key <= lastYear).Sum(y => y.Value.Budgeted);
    }

    /// <summary>Bridging: setups of the interim leased lines plus their monthly fees until the own uplink, up to the horizon.</summary>
    public static double Bridging(Schedule.Schedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.CapexByYear.Values.Sum(c => c.Bridging) + schedule.OpexByYear.Values.Sum(o => o.BridgingFees);
    }

    /// <summary>Everything the schedule spends up to the horizon: CAPEX (bridging setups included) and OPEX.</summary>
    public static double Total(Schedule.Schedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.CapexByYear.Values.Sum(c => c.Total) + schedule.OpexByYear.Values.Sum(o => o.Total);
    }
}
