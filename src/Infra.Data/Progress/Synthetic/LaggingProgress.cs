using System.Globalization;
using System.Text;
using Infra.Core.Plans;

namespace Infra.Data.Progress.Synthetic;

/// <summary>
/// Synthetic contractor reports that lag behind a baseline plan (the Ausgangsplan) the way such programmes do, as of a
/// Stichtag; a stand-in for the build progress the city has no public source for, labelled synthetic. No I/O.
/// <list type="bullet">
/// <item>Civil works reach a fraction of the baseline's mean trench metres per quarter (<see cref="LagAssumptions"/>:
/// ramp-up, winter, seeded noise); trenches are dug in their planned order, so each trench is reported dug, partly dug
/// or not, and every fibre site goes live when the work the baseline planned up to its date is actually done, plus
/// up to 45 days for blowing, splicing and commissioning.</item>
/// <item>Permits: a seeded share of fibre and Richtfunk sites waits 90 to 270 days longer, a smaller share is blocked
/// (permit outstanding at any Stichtag); a few sites are built up to 60 days ahead of the baseline.</item>
/// <item>Richtfunk, leased lines and WLAN follow the baseline at their own pace (a Richtfunk site never before its
/// hub site's fibre), WLAN never before the site's uplink; sites keeping their uplink report WLAN only.</item>
/// </list>
/// Every site's draw depends only on the seed and its id; the same inputs give the same reports, which pass every
/// import rule for a "today" on or after the Stichtag.
/// </summary>
public static class LaggingProgress
{
    /// <summary>Days before the planned live date at which each uplink milestone is planned (Inbetriebnahme = 0).</summary>
    private static readonly int[] PlannedOffsetDays = [-300, -210, -120, -45, 0];

    private static readonly string[] Codes = ["planung", "genehmigung", "tiefbau", "einblasen_spleissen", "inbetriebnahme", "wlan"];

    private const int Genehmigung = 1;
    private const int Live = 4;
    private const int Wlan = 5;

    public static SyntheticReports Generate(
        IReadOnlyList<PlanSite> sites,
        IReadOnlyList<PlanTrench> trenches,
        DateOnly projectStart,
        DateOnly stichtag,
        int seed,
        LagAssumptions? lag = null)
    {
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(trenches);
        lag ??= new LagAssumptions();
        var timeline = new TrenchTimeline(trenches, projectStart, lag, seed);
        var actuals = new SiteDraw(timeline, projectStart, lag, seed).All(sites);

        var milestones = new StringBuilder("liegenschaft_id,meilenstein,geplant,ist,status\n");
        var rows = 0;
        foreach (var site in actuals)
        {
            var previousDone = true;
            for (var i = site.HasUplinkMilestones ? 0 : Wlan; i < site.Planned.Length; i++)
            {
                var done = previousDone && site.Actual[i] is { } a && a <= stichtag;
                var status = done ? "erledigt" : previousDone && (i > 0 || site.Planned[i].AddDays(-60) <= stichtag) ? "in_arbeit" : "offen";
                if (i == Wlan && !done && site.Planned[i].AddDays(-60) > stichtag)
                {
                    status = "offen";
                }

                milestones.Append(CultureInfo.InvariantCulture,
                    $"{site.SiteId},{Codes[i]},{site.Planned[i]:yyyy-MM-dd},{(done ? site.Actual[i]!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")},{status}\n");
                rows++;
                previousDone = done && (i != Wlan);
            }
        }

        var trenchText = new StringBuilder("trasse_id,meter_gebaut,stand\n");
        var trenchRows = 0;
        var dugMetres = timeline.DugBy(stichtag);
        foreach (var (trench, end) in timeline.Trenches)
        {
            var built = Math.Clamp(dugMetres - (end - trench.TrenchM), 0, trench.TrenchM);
            if (built >= 0.05)
            {
                trenchText.Append(CultureInfo.InvariantCulture, $"{trench.Id},{Math.Round(built, 1):0.0},{stichtag:yyyy-MM-dd}\n");
                trenchRows++;
            }
        }

        return new SyntheticReports(milestones.ToString(), rows, trenchText.ToString(), trenchRows,
            actuals.Count(a => a.Fate == SiteFate.Blocked), actuals.Count(a => a.Fate == SiteFate.PermitDelayed),
            actuals.Count(a => a.Fate == SiteFate.Ahead), Math.Min(dugMetres, timeline.Total), timeline.Total);
    }

    /// <summary>Per-site draws: fate, planned dates from the baseline, actual dates.</summary>
    private sealed class SiteDraw(TrenchTimeline timeline, DateOnly projectStart, LagAssumptions lag, int seed)
    {
        private readonly Dictionary<string, DateOnly?> _live = new(StringComparer.Ordinal);

        public List<SiteActuals> All(IReadOnlyList<PlanSite> sites)
        {
            var byId = sites.ToDictionary(s => s.Id, StringComparer.Ordinal);
            var result = new List<SiteActuals>();
            // Fibre and leased first, so that a Richtfunk site finds its hub site's actual date.
            foreach (var site in sites.OrderBy(s => s.Technology == PlanTechnology.Radio).ThenBy(s => s.Id, StringComparer.Ordinal))
            {
                if (Draw(site, byId) is { } a)
                {
                    result.Add(a);
                }
            }

            return result.OrderBy(a => a.SiteId, StringComparer.Ordinal).ToList();
        }

        private SiteActuals? Draw(PlanSite site, Dictionary<string, PlanSite> byId)
        {
            var random = new Random(SeedHash.Of(seed, site.Id));
            var builds = site.LiveDate is not null && site.Technology is PlanTechnology.Fibre or PlanTechnology.Radio or PlanTechnology.Leased;
            if (!builds)
            {
                if (site.WlanAps <= 0 || WlanPlanned(site, null) is not { } wlanOnly)
                {
                    return null;
                }

                var onlyPlanned = new DateOnly[Wlan + 1];
                var onlyActual = new DateOnly?[Wlan + 1];
                onlyPlanned[Wlan] = wlanOnly;
                onlyActual[Wlan] = Paced(wlanOnly, lag.WlanPace).AddDays(random.Next(0, 31));
                return new SiteActuals(site.Id, SiteFate.Normal, onlyPlanned, onlyActual, false);
            }

            var plannedLive = site.LiveDate!.Value;
            var dates = PlannedOffsetDays.Select(d => plannedLive.AddDays(d)).ToList();
            var plannedWlan = site.WlanAps > 0 ? WlanPlanned(site, plannedLive) : null;
            if (plannedWlan is { } w)
            {
                dates.Add(w);
            }

            var fate = Fate(random, site.Technology);
            var live = fate == SiteFate.Ahead
                ? Max(plannedLive.AddDays(-random.Next(0, 61)), projectStart.AddDays(60))
                : site.Technology switch
                {
                    PlanTechnology.Fibre => timeline.Warp(plannedLive).AddDays(random.Next(0, 46)),
                    PlanTechnology.Radio => Paced(plannedLive, lag.RadioPace).AddDays(random.Next(0, 46)),
                    _ => Paced(plannedLive, lag.LeasedPace).AddDays(random.Next(0, 31)),
                };
            var permitDelay = fate == SiteFate.PermitDelayed ? random.Next(90, 271) : 0;
            if (permitDelay > 0)
            {
                live = Max(live, dates[Genehmigung].AddDays(permitDelay - PlannedOffsetDays[Genehmigung]));
            }

            DateOnly? liveOrNever = fate == SiteFate.Blocked ? null : live;
            if (site.Technology == PlanTechnology.Radio && site.HubId is { } hub && byId.TryGetValue(hub, out var hubSite) && hubSite.Technology == PlanTechnology.Fibre)
            {
                // A Richtfunk site whose hub site gets fibre in the plan waits for it, and never comes if the hub never does.
                liveOrNever = liveOrNever is not null && _live.GetValueOrDefault(hub) is { } hubLive ? Max(live, hubLive.AddDays(14)) : null;
            }

            _live[site.Id] = liveOrNever;
            var actual = new DateOnly?[dates.Count];
            var planung = dates[0].AddDays(random.Next(0, 31));
            if (liveOrNever is { } l)
            {
                for (var i = 0; i <= Live; i++)
                {
                    actual[i] = l.AddDays(PlannedOffsetDays[i]);
                }

                actual[0] = Min(planung, actual[0]!.Value);
                if (plannedWlan is { } pw)
                {
                    actual[Wlan] = Max(l.AddDays(14), Paced(pw, lag.WlanPace)).AddDays(random.Next(0, 31));
                }
            }
            else
            {
                actual[0] = Min(planung, dates[Genehmigung]);   // planned, then the permit never comes
            }

            return new SiteActuals(site.Id, fate, [.. dates], actual, true);
        }

        private SiteFate Fate(Random random, PlanTechnology technology)
        {
            var draw = random.NextDouble();
            if (technology == PlanTechnology.Leased)
            {
                return draw < 2 * lag.AheadShare ? SiteFate.Ahead : SiteFate.Normal;
            }

            return draw < lag.BlockedShare ? SiteFate.Blocked
                : draw < lag.BlockedShare + lag.PermitDelayedShare ? SiteFate.PermitDelayed
                : draw < lag.BlockedShare + lag.PermitDelayedShare + lag.AheadShare ? SiteFate.Ahead
                : SiteFate.Normal;
        }

        /// <summary>A baseline date stretched from the project start by 1 / pace.</summary>
        private DateOnly Paced(DateOnly planned, double pace)
        {
            var days = planned.DayNumber - projectStart.DayNumber;
            return days <= 0 || pace <= 0 ? planned : projectStart.AddDays((int)Math.Ceiling(days / pace));
        }

        /// <summary>WLAN's planned date: the last day of its quarter ("yyyy-Qn"), never before the uplink.</summary>
        private static DateOnly? WlanPlanned(PlanSite site, DateOnly? live)
        {
            if (QuarterLastDay(site.WlanQuarter) is not { } last)
            {
                return live?.AddDays(30);
            }

            return live is { } l && last < l ? l : last;
        }

        /// <summary>The last day of a quarter code "yyyy-Qn" of the plan contract, or null when it is none.</summary>
        private static DateOnly? QuarterLastDay(string? code) =>
            code is { Length: 7 } && code[4] == '-' && code[5] == 'Q' && int.TryParse(code.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                && code[6] is >= '1' and <= '4'
                ? new DateOnly(year, (code[6] - '0') * 3, 1).AddMonths(1).AddDays(-1)
                : null;

        private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

        private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    }
}
