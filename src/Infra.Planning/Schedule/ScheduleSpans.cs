namespace Infra.Planning.Schedule;

/// <summary>Per site and checkpoint the cost of the quarters charged at it (each quarter at the next checkpoint).</summary>
internal static class ScheduleSpans
{
    /// <summary>Null rows for sites not scheduled.</summary>
    public static double[]?[] Of(ScheduleProblem p, int[] checkpoints)
    {
        var spans = new double[]?[p.SiteCount];
        for (var s = 0; s < p.SiteCount; s++)
        {
            if (!p.Schedulable(s))
            {
                continue;
            }

            var row = new double[checkpoints.Length];
            var previous = -1;
            for (var i = 0; i < checkpoints.Length; i++)
            {
                for (var q = previous + 1; q <= checkpoints[i]; q++)
                {
                    row[i] += p.NotLiveCost(s, q);
                }

                previous = checkpoints[i];
            }

            spans[s] = row;
        }

        return spans;
    }
}
