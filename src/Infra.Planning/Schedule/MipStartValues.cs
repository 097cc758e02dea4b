namespace Infra.Planning.Schedule;

/// <summary>The list schedule as a start (hint) of <see cref="TimeIndexedModel"/>.</summary>
internal static class MipStartValues
{
    /// <summary>The baseline as a MIP start: r and l from its live and done quarters, w as the finished share of metres.</summary>
    public static double[] Of(ScheduleProblem p, SimResult start, List<TimeSlot> slots, List<WorkPackage> packages, int[][] r, int[][] w,
        int[][] wc, int[][] siteVar, int variables)
    {
        var values = new double[variables];
        var reach = new int[packages.Count];
        for (var k = 0; k < packages.Count; k++)
        {
            var pk = packages[k];
            var own = pk.IsTap ? start.TapDone[pk.EndNode] : pk.Edges.Select(e => start.EdgeDone[e]).DefaultIfEmpty(0).Max();
            if (pk.Edges.Any(e => start.EdgeDone[e] < 0))
            {
                own = -1;
            }

            reach[k] = own < 0 || (pk.Parent >= 0 && reach[pk.Parent] < 0) ? -1 : Math.Max(own, pk.Parent >= 0 ? reach[pk.Parent] : 0);
            for (var i = 0; i < slots.Count; i++)
            {
                var done = reach[k] >= 0 && reach[k] <= slots[i].Last ? 1.0 : 0.0;
                values[r[k][i]] = done;
                if (!pk.IsTap)
                {
                    var metres = pk.Edges.Where(e => start.EdgeDone[e] >= 0 && start.EdgeDone[e] <= slots[i].Last).Sum(p.EdgeMetres);
                    values[w[k][i]] = pk.Metres > 0 ? Math.Max(done, metres / pk.Metres) : done;
                    if (wc[k] != w[k])
                    {
                        var capex = pk.Edges.Where(e => start.EdgeDone[e] >= 0 && start.EdgeDone[e] <= slots[i].Last).Sum(p.EdgeCapex);
                        values[wc[k][i]] = pk.Capex > 0 ? Math.Max(done, capex / pk.Capex) : done;
                    }
                }
            }
        }

        for (var s = 0; s < p.SiteCount; s++)
        {
            if (siteVar[s] is null || p.Role[s] == SiteRole.Fibre)
            {
                continue;
            }

            for (var i = 0; i < slots.Count; i++)
            {
                values[siteVar[s][i]] = start.Live[s] >= 0 && start.Live[s] <= slots[i].Last ? 1 : 0;
            }
        }

        return values;
    }
}
