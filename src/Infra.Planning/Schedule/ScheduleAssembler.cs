using Infra.Core.Sites;

namespace Infra.Planning.Schedule;

/// <summary>Turns quarter indices into the public <see cref="Schedule"/>: bridging, money per year, KPIs and misses.</summary>
internal static class ScheduleAssembler
{
    public static Schedule Assemble(ScheduleProblem p, SimResult r, ScheduleFigures figures, ExtraCapacityNeeded? extra)
    {
        var d = p.DeadlineIndex;
        var deadline = p.QuarterAt(d);
        var sites = new SiteSchedule[p.SiteCount];
        var bridged = new bool[p.SiteCount];
        var misses = new List<DeadlineMiss>();
        for (var s = 0; s < p.SiteCount; s++)
        {
            var live = r.Live[s];
            var late = p.Role[s] != SiteRole.Kept && (live < 0 || live > d);
            var bridgeCost = 0.0;
            string? note = p.StructuralNote[s];
            if (late && p.Schedulable(s) && p.Bridgeable[s])
            {
                bridged[s] = true;
                var end = live < 0 ? p.QuarterCount : live;
                for (var q = d; q < end; q++)
                {
                    bridgeCost += p.BridgingEuro(q);
                }

                note = live < 0
                    ? $"Überbrückung per Mietleitung ab {deadline.German} (bestellt {(deadline - 1).German}); eigener Anschluss nicht im Horizont"
                    : $"Überbrückung per Mietleitung von {deadline.German} (bestellt {(deadline - 1).German}) bis {p.QuarterAt(live - 1).German}";
            }

            if (late)
            {
                var reason = p.StructuralNote[s] ?? LateReason(p, s, live, bridged[s]);
                misses.Add(new DeadlineMiss(s, live < 0 ? null : p.QuarterAt(live), reason, bridged[s]));
                note ??= reason;
            }

            sites[s] = new SiteSchedule(s, live < 0 ? null : p.QuarterAt(live), r.Wlan[s] < 0 ? null : p.QuarterAt(r.Wlan[s]),
                p.WlanAps[s], p.WlanCapex[s], bridged[s] ? deadline : null, bridgeCost, late && !bridged[s], note);
        }

        var edges = Enumerable.Range(0, r.EdgeDone.Length).Where(e => r.EdgeDone[e] >= 0)
            .Select(e => new EdgeSchedule(e, p.QuarterAt(r.EdgeDone[e]), r.EdgeQuarters[e])).ToList();
        var taps = Enumerable.Range(0, r.TapDone.Length).Where(v => r.TapDone[v] >= 0)
            .Select(v => new TapSchedule(v, p.QuarterAt(r.TapDone[v]))).ToList();
        return new Schedule(p.Start, deadline, sites, edges, taps, Capex(p, r, bridged), Opex(p, r, bridged), Kpis(p, r, bridged),
            figures, misses, extra);
    }

    private static string LateReason(ScheduleProblem p, int s, int live, bool bridged)
    {
        var when = live < 0 ? "nicht im Planungshorizont" : $"erst {p.QuarterAt(live).German}";
        var limit = p.Role[s] switch
        {
            SiteRole.Fibre => "Tiefbaukapazität und Budget reichen nicht bis zur Frist",
            SiteRole.Radio => "Richtfunk-Montagen, LWL des Hubs oder Budget reichen nicht bis zur Frist",
            _ => "Budget reicht nicht bis zur Frist",
        };
        var bridge = bridged ? "überbrückt per Mietleitung" : p.Role[s] == SiteRole.Leased ? "Frist verfehlt" : "Frist verfehlt (Überbrückung nicht erlaubt)";
        return $"{limit}; Anschluss {when}; {bridge}";
    }

    private static SortedDictionary<int, CapexSplit> Capex(ScheduleProblem p, SimResult r, bool[] bridged)
    {
        var years = p.YearIndexOf(p.QuarterCount - 1) + 1;
        var fibre = new double[years];
        var radio = new double[years];
        var leased = new double[years];
        var wlan = new double[years];
        var bridging = new double[years];
        for (var e = 0; e < r.EdgeDone.Length; e++)
        {
            if (r.EdgeDone[e] >= 0)
            {
                fibre[p.YearIndexOf(r.EdgeDone[e])] += p.EdgeCapex(e);
            }
        }

        for (var v = 0; v < r.TapDone.Length; v++)
        {
            if (r.TapDone[v] >= 0)
            {
                fibre[p.YearIndexOf(r.TapDone[v])] += p.TapCost(v);
            }
        }

        for (var s = 0; s < p.SiteCount; s++)
        {
            if (r.Live[s] >= 0 && p.Role[s] != SiteRole.Kept)
            {
                var target = p.Role[s] switch { SiteRole.Fibre => fibre, SiteRole.Radio => radio, _ => leased };
                target[p.YearIndexOf(r.Live[s])] += p.SiteCapex[s];
            }

            if (r.Wlan[s] >= 0)
            {
                wlan[p.YearIndexOf(r.Wlan[s])] += p.WlanCapex[s];
            }

            if (bridged[s])
            {
                bridging[p.YearIndexOf(p.DeadlineIndex)] += p.Instance.Costs.Parameters.LeasedSetupCost;
            }
        }

        var result = new SortedDictionary<int, CapexSplit>();
        for (var y = 0; y < years; y++)
        {
            result[p.Start.Year + y] = new CapexSplit(fibre[y], radio[y], leased[y], wlan[y], bridging[y]);
        }

        return result;
    }

    /// <summary>OPEX per calendar year up to the horizon, pro rata by quarters in service (from the live or done quarter on).</summary>
    private static SortedDictionary<int, OpexSplit> Opex(ScheduleProblem p, SimResult r, bool[] bridged)
    {
        var costs = p.Instance.Costs.Parameters;
        var horizonQuarters = Math.Min(p.QuarterCount, (p.Instance.Scenario.HorizonYears * 4) - (p.Start.Number - 1));
        var years = horizonQuarters <= 0 ? 0 : p.YearIndexOf(horizonQuarters - 1) + 1;
        var rows = new double[years, 5];
        var passiveBase = new double[p.QuarterCount];
        for (var e = 0; e < r.EdgeDone.Length; e++)
        {
            if (r.EdgeDone[e] >= 0)
            {
                passiveBase[r.EdgeDone[e]] += p.EdgeCapex(e);
            }
        }

        for (var v = 0; v < r.TapDone.Length; v++)
        {
            if (r.TapDone[v] >= 0)
            {
                passiveBase[r.TapDone[v]] += p.TapCost(v);
            }
        }

        for (var s = 0; s < p.SiteCount; s++)
        {
            if (p.Role[s] == SiteRole.Fibre && r.Live[s] >= 0)
            {
                passiveBase[r.Live[s]] += costs.BuildingEntryCost;
            }
        }

        var passive = 0.0;
        for (var q = 0; q < horizonQuarters; q++)
        {
            var y = p.YearIndexOf(q);
            passive += passiveBase[q];
            rows[y, 2] += costs.FibrePassiveUpkeepRate * passive / 4;
            for (var s = 0; s < p.SiteCount; s++)
            {
                var live = r.Live[s] >= 0 && r.Live[s] <= q && p.Role[s] != SiteRole.Kept;
                if (live && p.Role[s] == SiteRole.Leased)
                {
                    rows[y, 0] += 3 * costs.LeasedMonthlyCost;
                }
                else if (live && p.Role[s] == SiteRole.Radio)
                {
                    rows[y, 1] += costs.RadioYearlyCost / 4;
                }

                if (r.Wlan[s] >= 0 && r.Wlan[s] <= q)
                {
                    rows[y, 3] += p.WlanAps[s] * costs.WlanApYearlyLicence / 4;
                }

                if (bridged[s] && q >= p.DeadlineIndex && !live)
                {
                    rows[y, 4] += 3 * costs.LeasedMonthlyCost;
                }
            }
        }

        var result = new SortedDictionary<int, OpexSplit>();
        for (var y = 0; y < years; y++)
        {
            result[p.Start.Year + y] = new OpexSplit(rows[y, 0], rows[y, 1], rows[y, 2], rows[y, 3], rows[y, 4]);
        }

        return result;
    }

    /// <summary>The site's technology code (fibre, radio, leased, keep, none), the key of the KPIs by technology.</summary>
    public static string TechnologyCode(ScheduleProblem p, int s) => p.Role[s] switch
    {
        SiteRole.Fibre => "fibre",
        SiteRole.Radio => "radio",
        SiteRole.Leased => "leased",
        SiteRole.Kept => "keep",
        _ => "none",
    };

    private static List<QuarterKpi> Kpis(ScheduleProblem p, SimResult r, bool[] bridged)
    {
        var d = p.DeadlineIndex;
        var sites = p.Instance.Sites;
        var lastLive = Enumerable.Range(0, p.SiteCount).Where(s => p.Role[s] != SiteRole.Kept)
            .Select(s => r.Live[s] < 0 ? int.MaxValue : r.Live[s]).DefaultIfEmpty(0).Max();
        var last = Math.Min(Math.Min(Math.Max(d, lastLive), d + 8), p.QuarterCount - 1);
        var metres = new double[p.QuarterCount];
        for (var e = 0; e < r.EdgeDone.Length; e++)
        {
            if (r.EdgeDone[e] >= 0)
            {
                var k = r.EdgeQuarters[e];
                for (var q = r.EdgeDone[e] - k + 1; q <= r.EdgeDone[e]; q++)
                {
                    metres[q] += p.EdgeMetres(e) / k;
                }
            }
        }

        var result = new List<QuarterKpi>();
        for (var q = 0; q <= last; q++)
        {
            var connected = new bool[p.SiteCount];
            var wlan = 0;
            var risk = 0;
            for (var s = 0; s < p.SiteCount; s++)
            {
                var own = p.Role[s] == SiteRole.Kept || (r.Live[s] >= 0 && r.Live[s] <= q);
                connected[s] = own || (bridged[s] && q >= d);
                if (sites[s].Site.Wlan == WlanState.Full || (r.Wlan[s] >= 0 && r.Wlan[s] <= q))
                {
                    wlan++;
                }

                if (!own && (r.Live[s] < 0 || r.Live[s] > d))
                {
                    risk++;
                }
            }

            double Share(IEnumerable<int> group)
            {
                var list = group.ToList();
                return list.Count == 0 ? 0 : (double)list.Count(s => connected[s]) / list.Count;
            }

            var all = Enumerable.Range(0, p.SiteCount).ToList();
            var byKind = all.GroupBy(s => sites[s].Site.Kind).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => Share(g));
            var byDistrict = all.GroupBy(s => sites[s].Site.District, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Share(g), StringComparer.Ordinal);
            var byTech = all.GroupBy(s => TechnologyCode(p, s), StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Share(g), StringComparer.Ordinal);
            result.Add(new QuarterKpi(p.QuarterAt(q), q, Share(all), byKind, byDistrict, byTech,
                p.SiteCount == 0 ? 0 : (double)wlan / p.SiteCount, risk, metres[q]));
        }

        return result;
    }
}
