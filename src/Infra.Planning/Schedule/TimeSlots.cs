namespace Infra.Planning.Schedule;

/// <summary>A slot of the time-indexed MIP: quarters First..Last within the calendar years YearIndex..LastYearIndex.</summary>
internal sealed record TimeSlot(int First, int Last, int YearIndex, int LastYearIndex)
{
    public int Count => Last - First + 1;
}

/// <summary>The time slots of <see cref="TimeIndexedModel"/> (docs/schedule.md).</summary>
internal static class TimeSlots
{


    /// <summary>
    /// Up to the deadline quarter: slots of <paramref name="grain"/> quarters (1, 2 or 4) aligned to the calendar year, so
    /// that no slot crosses a year; after it: the rest of the deadline's year, the next year, then blocks of 2, 4, 8 …
    /// whole years to the horizon.
    /// </summary>
    internal static List<TimeSlot> Of(ScheduleProblem p, int grain = 1)
    {
        var slots = new List<TimeSlot>();
        var q = 0;
        var tailYears = 1;
        while (q < p.QuarterCount)
        {
            int last;
            if (q <= p.DeadlineIndex)
            {
                var ofYear = (p.Start.Number - 1 + q) % 4;
                last = Math.Min(q + (grain - (ofYear % grain)) - 1, p.DeadlineIndex);
            }
            else if (p.YearIndexOf(q) == p.YearIndexOf(p.DeadlineIndex))
            {
                last = q + (3 - ((p.Start.Number - 1 + q) % 4));
            }
            else
            {
                last = q + (4 * tailYears) - 1;
                tailYears *= 2;
            }

            last = Math.Min(last, p.QuarterCount - 1);
            slots.Add(new TimeSlot(q, last, p.YearIndexOf(q), p.YearIndexOf(last)));
            q = last + 1;
        }

        return slots;
    }

    /// <summary>Finest grain whose model stays within <paramref name="maxColumns"/> binary columns (estimate).</summary>
    internal static int Grain(ScheduleProblem p, int packages, int maxColumns)
    {
        var items = packages + Enumerable.Range(0, p.SiteCount).Count(s => p.Schedulable(s) && p.Role[s] != SiteRole.Fibre);
        foreach (var grain in new[] { 1, 2, 4 })
        {
            if ((long)items * Of(p, grain).Count <= maxColumns)
            {
                return grain;
            }
        }

        return 4;
    }
}
