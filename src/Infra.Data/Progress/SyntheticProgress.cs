using System.Globalization;
using System.Text;
using Infra.Core.Plans;

namespace Infra.Data.Progress;

/// <summary>
/// Synthetic contractor reports for a stored plan, as of a date: a plausible stand-in for the build progress the city
/// has no public source for (labelled synthetic in the file names). Each built site gets its six milestones dated
/// back from its planned live date; a seeded delay per site (most a few weeks, a fifth one to three quarters, a tenth
/// one to two years) shifts the actual dates, and what is actually done by the date is reported done. Trenches are
/// reported fully dug once their delayed date has passed and pro rata in the quarter before. Every report passes the
/// import rules (order, dates not after the date, no negative metres). Each site's and trench's draw depends only on
/// the seed and its id, so a changed plan elsewhere does not move it. No I/O.
/// </summary>
public static class SyntheticProgress
{
    /// <summary>Days before the planned live date at which each milestone is planned (Inbetriebnahme = 0).</summary>
    private static readonly int[] PlannedOffsetDays = [-300, -210, -120, -45, 0];

    private static readonly string[] Codes = ["planung", "genehmigung", "tiefbau", "einblasen_spleissen", "inbetriebnahme", "wlan"];

    /// <summary>The two reports as CSV text (milestones, trench metres) and their row counts.</summary>
    public sealed record Reports(string Milestones, int MilestoneRows, string Trenches, int TrenchRows);

    public static Reports Generate(IReadOnlyList<PlanSite> sites, IReadOnlyList<PlanTrench> trenches, DateOnly asOf, int seed)
    {
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(trenches);
        var milestones = new StringBuilder("liegenschaft_id,meilenstein,geplant,ist,status\n");
        var milestoneRows = 0;
        foreach (var site in sites.Where(s => s.LiveDate is not null && s.Technology is PlanTechnology.Fibre or PlanTechnology.Radio or PlanTechnology.Leased))
        {
            var random = new Random(Seed(seed, site.Id));
            var delay = DelayDays(random);
            var planned = Planned(site);
            DateOnly? previousActual = null;
            var previousDone = true;
            for (var i = 0; i < planned.Count; i++)
            {
                var actual = planned[i].AddDays(delay + random.Next(0, 21));
                if (previousActual is { } p && actual < p)
                {
                    actual = p;
                }

                var done = previousDone && actual <= asOf;
                string status;
                if (done)
                {
                    status = "erledigt";
                }
                else if (previousDone && planned[i].AddDays(-60) <= asOf)
                {
                    status = "in_arbeit";   // the first milestone not done, due soon
                }
                else
                {
                    status = "offen";
                }

                milestones.Append(CultureInfo.InvariantCulture,
                    $"{site.Id},{Codes[i]},{planned[i]:yyyy-MM-dd},{(done ? actual.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")},{status}\n");
                milestoneRows++;
                previousActual = actual;
                previousDone = done;
            }
        }

        var trenchText = new StringBuilder("trasse_id,meter_gebaut,stand\n");
        var trenchRows = 0;
        foreach (var trench in trenches.Where(t => t.DugDate is not null && t.TrenchM > 0))
        {
            var random = new Random(Seed(seed, trench.Id));
            var finished = trench.DugDate!.Value.AddDays(DelayDays(random));
            var started = finished.AddDays(-90);
            var share = asOf >= finished ? 1.0 : asOf <= started ? 0.0 : (asOf.DayNumber - started.DayNumber) / 90.0;
            if (share > 0)
            {
                trenchText.Append(CultureInfo.InvariantCulture, $"{trench.Id},{Math.Round(trench.TrenchM * share, 1):0.0},{asOf:yyyy-MM-dd}\n");
                trenchRows++;
            }
        }

        return new Reports(milestones.ToString(), milestoneRows, trenchText.ToString(), trenchRows);
    }

    /// <summary>Planned dates of the milestones; WLAN only where access points are to be installed.</summary>
    private static List<DateOnly> Planned(PlanSite site)
    {
        var live = site.LiveDate!.Value;
        var dates = PlannedOffsetDays.Select(d => live.AddDays(d)).ToList();
        if (site.WlanAps > 0)
        {
            var wlan = WlanLastDay(site.WlanQuarter) ?? live.AddDays(30);
            dates.Add(wlan < live ? live : wlan);
        }

        return dates;
    }

    // Quarters are stored as "yyyy-Qn".
    private static DateOnly? WlanLastDay(string? quarter) =>
        quarter is { Length: 7 } q && int.TryParse(q.AsSpan(0, 4), CultureInfo.InvariantCulture, out var year) && q[6] is >= '1' and <= '4'
            ? new DateOnly(year, ((q[6] - '0') * 3), 1).AddMonths(1).AddDays(-1)
            : null;

    private static int DelayDays(Random random) => random.NextDouble() switch
    {
        < 0.70 => random.Next(0, 46),
        < 0.90 => random.Next(90, 271),
        _ => random.Next(365, 731),
    };

    // FNV-1a over seed and id: stable across runs and .NET versions (string.GetHashCode is randomised per process).
    private static int Seed(int seed, string id)
    {
        var hash = 2166136261u ^ (uint)seed;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
