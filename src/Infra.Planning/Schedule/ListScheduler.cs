namespace Infra.Planning.Schedule;

/// <summary>Quarter indices chosen for every item of a <see cref="ScheduleProblem"/>; −1 where not scheduled.</summary>
/// <param name="sites">Number of sites.</param>
/// <param name="edges">Number of candidate edges.</param>
/// <param name="nodes">Number of candidate nodes.</param>
internal sealed class SimResult(int sites, int edges, int nodes)
{
    /// <summary>Per site: live quarter of its own uplink.</summary>
    public int[] Live { get; } = Enumerable.Repeat(-1, sites).ToArray();

    /// <summary>Per edge: quarter its digging finishes.</summary>
    public int[] EdgeDone { get; } = Enumerable.Repeat(-1, edges).ToArray();

    /// <summary>Per edge: quarters its digging spans.</summary>
    public int[] EdgeQuarters { get; } = new int[edges];

    /// <summary>Per node: quarter the tap is made.</summary>
    public int[] TapDone { get; } = Enumerable.Repeat(-1, nodes).ToArray();

    /// <summary>Per site: WLAN install quarter.</summary>
    public int[] Wlan { get; } = Enumerable.Repeat(-1, sites).ToArray();

    public double Objective { get; set; }
}

/// <summary>
/// List scheduling, quarter by quarter: in each quarter the sites are visited in the given order (from their release quarter on,
/// when given, and never before the problem's own release of the site); a fibre site digs the
/// missing edges of its path (tap outward) as far as civil-works capacity and the year's budget allow and goes live in the
/// quarter its last edge is finished (its own CAPEX and the tap's are checked with the edges); a radio site goes live
/// when its hub is live and an install slot and budget are left (one whose hub site is not live yet is tried again after
/// the others, so a hub finished later in the same quarter counts); a leased site is ordered one quarter before it goes live.
/// Built edges on no path and unused taps come second, WLAN last (it never delays an uplink). Deterministic.
/// </summary>
internal static class ListScheduler
{
    private const double Eps = 1e-6;

    /// <param name="p">The problem.</param>
    /// <param name="order">Sites in the order they are served within each quarter.</param>
    /// <param name="release">Per site the first quarter in which it is served (digging, install or go-live); null for none.</param>
    /// <param name="ct">Cancellation.</param>
    public static SimResult Run(ScheduleProblem p, IReadOnlyList<int> order, int[]? release = null, CancellationToken ct = default)
    {
        var graph = p.Instance.Graph;
        var q = p.QuarterCount;
        var left = new ScheduleResources(p);
        var (capacity, radio, budget) = (left.Trench, left.Radio, left.Budget);
        var result = new SimResult(p.SiteCount, graph.Edges.Count, graph.Nodes.Count);
        var assigned = new int[p.SiteCount];
        var open = new List<int>();
        foreach (var s in order)
        {
            if (p.Role[s] == SiteRole.Kept)
            {
                result.Live[s] = 0;
            }
            else if (p.Schedulable(s))
            {
                open.Add(s);
            }
        }

        var charges = new List<(int Year, double Amount)>();
        var deferred = new List<int>();
        for (var quarter = 0; quarter < q && open.Count > 0; quarter++)
        {
            ct.ThrowIfCancellationRequested();
            deferred.Clear();
            foreach (var s in open)
            {
                if (quarter < p.Release[s] || (release is not null && quarter < release[s]))
                {
                    continue;
                }

                switch (p.Role[s])
                {
                    case SiteRole.Fibre:
                        foreach (var e in p.Path[s])
                        {
                            if (result.EdgeDone[e] < 0)
                            {
                                TryDig(p, e, quarter, result, assigned, capacity, budget, charges);
                            }
                        }

                        break;
                    case SiteRole.Radio when p.HubSite[s] >= 0 && result.Live[p.HubSite[s]] < 0:
                        // Its hub site may still go live later in this quarter: try again after the others.
                        deferred.Add(s);
                        break;
                    case SiteRole.Radio:
                        TryInstall(p, s, quarter, result, radio, budget);
                        break;
                    case SiteRole.Leased:
                        if (quarter >= 1 && Fits(budget, p.YearIndexOf(quarter), p.SiteCapex[s]))
                        {
                            budget[p.YearIndexOf(quarter)] -= p.SiteCapex[s];
                            result.Live[s] = quarter;
                        }

                        break;
                }
            }

            foreach (var s in deferred)
            {
                TryInstall(p, s, quarter, result, radio, budget);
            }

            open.RemoveAll(s => result.Live[s] >= 0);
        }

        Finish(p, order, result, left, ct);
        return result;
    }

    /// <summary>
    /// After the uplinks: built edges on no path and used taps on no path as capacity and budget remain, then WLAN in
    /// <paramref name="order"/> (never delaying an uplink); sets the objective. <paramref name="left"/> holds what the
    /// uplinks left of capacity and budget.
    /// </summary>
    public static void Finish(ScheduleProblem p, IReadOnlyList<int> order, SimResult result, ScheduleResources left, CancellationToken ct = default)
    {
        var q = p.QuarterCount;
        var (capacity, budget, wlanSlots) = (left.Trench, left.Budget, left.Wlan);
        var assigned = new int[p.SiteCount];
        var charges = new List<(int Year, double Amount)>();
        for (var quarter = 0; quarter < q; quarter++)
        {
            ct.ThrowIfCancellationRequested();
            foreach (var e in p.OrphanEdges)
            {
                if (result.EdgeDone[e] < 0)
                {
                    TryDig(p, e, quarter, result, assigned, capacity, budget, charges);
                }
            }

            foreach (var tap in p.OrphanTaps)
            {
                if (result.TapDone[tap] < 0 && Fits(budget, p.YearIndexOf(quarter), p.TapCost(tap)))
                {
                    budget[p.YearIndexOf(quarter)] -= p.TapCost(tap);
                    result.TapDone[tap] = quarter;
                }
            }
        }

        var wlanOpen = order.Where(s => p.WlanAps[s] > 0 && result.Live[s] >= 0).ToList();
        for (var quarter = 0; quarter < q && wlanOpen.Count > 0; quarter++)
        {
            foreach (var s in wlanOpen)
            {
                if (result.Live[s] <= quarter && wlanSlots[quarter] >= 1 && Fits(budget, p.YearIndexOf(quarter), p.WlanCapex[s]))
                {
                    wlanSlots[quarter]--;
                    budget[p.YearIndexOf(quarter)] -= p.WlanCapex[s];
                    result.Wlan[s] = quarter;
                }
            }

            wlanOpen.RemoveAll(s => result.Wlan[s] >= 0);
        }

        result.Objective = p.Objective(result.Live);
    }

    /// <summary>A radio site goes live in <paramref name="quarter"/> when its hub is live, an install slot and budget are left.</summary>
    private static void TryInstall(ScheduleProblem p, int s, int quarter, SimResult result, int[] radio, double[] budget)
    {
        var hubLive = p.HubSite[s] == -1 ? 0 : result.Live[p.HubSite[s]];
        if (hubLive >= 0 && hubLive <= quarter && radio[quarter] >= 1 && Fits(budget, p.YearIndexOf(quarter), p.SiteCapex[s]))
        {
            radio[quarter]--;
            budget[p.YearIndexOf(quarter)] -= p.SiteCapex[s];
            result.Live[s] = quarter;
        }
    }

    internal static bool Fits(double[] budget, int year, double amount) => amount <= budget[year] + Eps;

    /// <summary>
    /// Starts edge <paramref name="e"/> in <paramref name="quarter"/> when capacity (over all quarters it spans) and the
    /// budget of the years charged (edge in its finishing quarter, the tap now, sites whose path becomes complete in their
    /// live quarter) allow it.
    /// </summary>
    private static void TryDig(ScheduleProblem p, int e, int quarter, SimResult r, int[] assigned, double[] capacity, double[] budget,
        List<(int Year, double Amount)> charges)
    {
        var metres = p.EdgeMetres(e);
        var k = p.QuartersFor(metres);
        if (k == int.MaxValue || quarter + k - 1 >= p.QuarterCount)
        {
            return;
        }

        var per = metres <= 1e-9 ? 0 : metres / k;
        for (var j = quarter; j < quarter + k; j++)
        {
            if (capacity[j] + Eps < per)
            {
                return;
            }
        }

        var done = quarter + k - 1;
        charges.Clear();
        charges.Add((p.YearIndexOf(done), p.EdgeCapex(e)));
        var tap = p.EdgeTap[e];
        var tapNow = tap >= 0 && r.TapDone[tap] < 0;
        if (tapNow)
        {
            charges.Add((p.YearIndexOf(quarter), p.TapCost(tap)));
        }

        foreach (var s in p.SitesOnEdge[e])
        {
            if (assigned[s] == p.Path[s].Length - 1)
            {
                charges.Add((p.YearIndexOf(LiveIfDone(p, s, e, done, r)), p.SiteCapex[s]));
            }
        }

        foreach (var year in charges.Select(c => c.Year).Distinct())
        {
            if (!Fits(budget, year, charges.Where(c => c.Year == year).Sum(c => c.Amount)))
            {
                return;
            }
        }

        foreach (var (year, amount) in charges)
        {
            budget[year] -= amount;
        }

        for (var j = quarter; j < quarter + k; j++)
        {
            capacity[j] -= per;
        }

        if (tapNow)
        {
            r.TapDone[tap] = quarter;
        }

        r.EdgeDone[e] = done;
        r.EdgeQuarters[e] = k;
        foreach (var s in p.SitesOnEdge[e])
        {
            assigned[s]++;
            if (assigned[s] == p.Path[s].Length)
            {
                r.Live[s] = LiveIfDone(p, s, e, done, r);
            }
        }
    }

    /// <summary>Live quarter of fibre site <paramref name="s"/> once edge <paramref name="e"/> finishes in <paramref name="done"/>.</summary>
    private static int LiveIfDone(ScheduleProblem p, int s, int e, int done, SimResult r)
    {
        var live = done;
        foreach (var other in p.Path[s])
        {
            if (other != e)
            {
                live = Math.Max(live, r.EdgeDone[other]);
            }
        }

        return Math.Max(Math.Max(live, p.Release[s]), Math.Max(0, r.TapDone[p.PathTap[s]]));
    }
}
