using Infra.Planning.Schedule;

namespace Infra.Planning.Replan;

/// <summary>When a re-plan (Fortschreibung) as of a Stichtag starts: the first day of the next quarter.</summary>
public static class ReplanStart
{
    /// <summary>
    /// The first day of the quarter after the one holding <paramref name="stichtag"/>, never before
    /// <paramref name="planningStart"/> (a Stichtag before the project start continues the plan from its start).
    /// </summary>
    public static DateOnly From(DateOnly stichtag, DateOnly planningStart)
    {
        var next = (Quarter.FromDate(stichtag) + 1).FirstDay;
        return next < planningStart ? planningStart : next;
    }
}
