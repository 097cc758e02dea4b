using Infra.Core.Codes;
using Infra.Core.Plans;
using Infra.Core.Sites;
using Infra.Geo.Crs;
using Infra.Planning.Replan;
using Infra.Planning.Schedule;
using Infra.Status.Model;

namespace Infra.Status.Status;

/// <summary>
/// The sites at risk, each not connected on the Stichtag: missed or only bridged at the deadline in the Fortschreibung
/// (the schedule's reason), late at the civil-works rate observed so far, or with the permit still outstanding although
/// the plan has it in service in the next quarter. Worst level first, then by the Fortschreibung's quarter and id.
/// </summary>
internal static class RiskFinder
{
    /// <summary>Quarters after the Stichtag within which a planned Inbetriebnahme needs its permit already.</summary>
    private const int PermitLeadQuarters = 1;

    /// <summary>Why a late site is late, in a few words (the schedule's full reason stays with the plan).</summary>
    private static string Late(LateSite late) =>
        late.Technology == PlanTechnology.None ? "keine Technik möglich (nicht versorgbar)"
        : (late.Live is { } q ? $"eigener Anschluss erst {q.German}" : "eigener Anschluss nicht im Planungshorizont")
          + (late.Bridged ? ", ab der Frist Mietleitung" : ", Frist verfehlt");

    public static IReadOnlyList<SiteRisk> Find(StatusInputs input, IReadOnlyList<SiteFacts> sites, ReplanOutlook? outlook)
    {
        var stichtag = input.Stichtag;
        var deadline = input.Scenario.Deadline;
        var open = sites.Where(s => !s.ConnectedOn(stichtag)).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var found = new Dictionary<string, (RiskLevel Level, List<string> Reasons)>(StringComparer.Ordinal);
        void Add(string id, RiskLevel level, string reason)
        {
            if (!open.ContainsKey(id))
            {
                return;
            }

            if (found.TryGetValue(id, out var entry))
            {
                entry.Reasons.Add(reason);
                found[id] = (level < entry.Level ? level : entry.Level, entry.Reasons);
            }
            else
            {
                found[id] = (level, [reason]);
            }
        }

        if (Quarter.FromDate(stichtag) > Quarter.FromDate(deadline))
        {
            foreach (var s in sites.Where(s => !s.ConnectedOn(deadline)))
            {
                Add(s.Id, RiskLevel.Verfehlt, $"Frist {StatusTerms.Date(deadline)} verstrichen, zur Frist nicht angebunden");
            }
        }
        else if (outlook is not null)
        {
            foreach (var late in outlook.Forecast.Late)
            {
                Add(late.SiteId, late.Bridged ? RiskLevel.Ueberbrueckt : RiskLevel.Verfehlt, "Fortschreibung: " + Late(late));
            }

            foreach (var late in outlook.ObservedForecast?.Late ?? [])
            {
                Add(late.SiteId, RiskLevel.Gefaehrdet, "bei bisheriger Tiefbauleistung: " + Late(late));
            }
        }
        else
        {
            foreach (var s in sites.Select(s => s.Replan ?? s.Baseline).Where(s => s.MissesDeadline || s.BridgedFrom is not null))
            {
                Add(s.Id, s.MissesDeadline ? RiskLevel.Verfehlt : RiskLevel.Ueberbrueckt,
                    s.MissesDeadline ? "Plan verfehlt die Frist" : $"Plan überbrückt ab {StatusTerms.Quarter(s.BridgedFrom)} per Mietleitung");
            }
        }

        var permitBy = (Quarter.FromDate(stichtag) + PermitLeadQuarters).LastDay;
        foreach (var s in open.Values.Where(s => s.PermitPendingOn(stichtag)))
        {
            var planned = (s.Replan ?? s.Baseline).LiveDate;
            if (planned is { } live && live <= permitBy && live <= deadline)
            {
                Add(s.Id, RiskLevel.Gefaehrdet,
                    $"Genehmigung ausstehend, Inbetriebnahme laut {(s.Replan is null ? "Ausgangsplan" : "Fortschreibung")} schon {Quarter.FromDate(live).German}");
            }
        }

        return found.Select(f =>
            {
                var s = open[f.Key];
                var row = s.Replan ?? s.Baseline;
                var (lon, lat) = CrsTransform.ToWgs84(s.Baseline.Location.X, s.Baseline.Location.Y);
                return new SiteRisk(s.Id, s.Baseline.Name, s.Baseline.District, s.Baseline.Kind.ToCode(), EnumCodes.Of(row.Technology),
                    StatusTerms.Technology(row.Technology), f.Value.Level, StatusTerms.Level(f.Value.Level), s.Baseline.LiveQuarter,
                    s.Replan?.LiveQuarter, f.Value.Reasons, lon, lat);
            })
            .OrderBy(r => r.Level)
            .ThenBy(r => r.ReplanQuarter ?? "9999", StringComparer.Ordinal)
            .ThenBy(r => r.SiteId, StringComparer.Ordinal)
            .ToList();
    }
}
