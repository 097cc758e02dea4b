using Infra.Core.Codes;
using Infra.Core.Plans;
using Infra.Core.Sites;
using Infra.Geo.Crs;
using Infra.Planning.Replan;
using Infra.Status.Model;

namespace Infra.Status.Status;

/// <summary>
/// Computes the <see cref="ProgrammeStatus"/> from plans and progress (pure; docs/status.md): Ist and Ausgangsplan on the
/// Stichtag overall and by group, the three-line curve, the forecast at the deadline from the Fortschreibung (its stored
/// outlook adds the observed-rate forecast and the measures), the risks, money and method.
/// </summary>
internal static class StatusCalculator
{
    public static ProgrammeStatus Compute(StatusInputs input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var stichtag = input.Stichtag;
        var deadline = input.Scenario.Deadline;
        var milestones = input.Milestones.ToLookup(m => m.SiteId, StringComparer.Ordinal);
        var replanSites = input.ReplanSites.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var sites = input.BaselineSites
            .Select(s => new SiteFacts(s, replanSites.GetValueOrDefault(s.Id), milestones[s.Id].ToList()))
            .ToList();

        var outlook = input.Outlook?.Outlook;
        var forecast = Forecast(input, sites, outlook);
        var risks = RiskFinder.Find(input, sites, outlook);
        var atRisk = risks.Select(r => r.SiteId).ToHashSet(StringComparer.Ordinal);
        var light = forecast.Counts.Missed > 0 ? TrafficLight.HaeltNicht
            : forecast.Counts.Bridged > 0 || forecast.Observed is { Bridged: > 0 } or { Missed: > 0 } ? TrafficLight.Gefaehrdet
            : TrafficLight.Haelt;

        var n = sites.Count;
        var connected = sites.Count(s => s.ConnectedOn(stichtag));
        var planned = sites.Count(s => s.PlannedBy(stichtag));
        var wlan = Share(sites.Count(s => s.WlanOn(stichtag)), n);
        var wlanPlanned = Share(sites.Count(s => s.WlanPlannedBy(stichtag)), n);
        var headline = new StatusHeadline(n, connected, Share(connected, n), planned, Share(planned, n), Points(connected - planned, n),
            wlan, wlanPlanned, 100 * (wlan - wlanPlanned), light, StatusTerms.Light(light),
            forecast.Counts.Connected, forecast.Counts.Bridged, forecast.Counts.Missed);

        var forecastPlan = input.Replan is null ? null : replanSites;
        return new ProgrammeStatus(
            stichtag,
            deadline,
            input.Baseline.Scenario,
            Reference(input.Baseline),
            input.Replan is { } r ? Reference(r) : null,
            DataStateOf(input),
            headline,
            Groups(sites, s => s.Baseline.District, k => k, stichtag, deadline, forecastPlan, forecast.DeadlinePassed),
            Groups(sites, s => s.Baseline.Kind.ToCode(), k => k, stichtag, deadline, forecastPlan, forecast.DeadlinePassed),
            Groups(sites, s => EnumCodes.Of(s.Baseline.Technology), StatusTerms.Technology, stichtag, deadline, forecastPlan, forecast.DeadlinePassed),
            CurveBuilder.Build(input, sites),
            forecast,
            risks,
            MeasureDescriber.Describe(outlook),
            MeasureDescriber.Bridging(outlook),
            MoneyBuilder.Build(input, sites),
            MethodDescriber.Describe(input),
            sites.Select(s => State(s, stichtag, atRisk.Contains(s.Id))).ToList());
    }

    /// <summary>
    /// The forecast at the deadline: from the Fortschreibung's sites (own uplink live by the deadline, else bridged, else
    /// missed), or the Ausgangsplan's without one; when the Stichtag lies past the deadline's quarter, the Ist at the deadline.
    /// </summary>
    private static ForecastStatus Forecast(StatusInputs input, List<SiteFacts> sites, ReplanOutlook? outlook)
    {
        var deadline = input.Scenario.Deadline;
        var capacity = input.Scenario.Capacities.TrenchMetresPerQuarter;
        var passed = Planning.Schedule.Quarter.FromDate(input.Stichtag) > Planning.Schedule.Quarter.FromDate(deadline);
        if (passed)
        {
            var done = sites.Count(s => s.ConnectedOn(deadline));
            var counts = new ForecastCounts(done, 0, sites.Count - done);
            return new ForecastStatus(deadline, "Ist zur Frist", true, sites.Count, counts, 0, Share(done, sites.Count), capacity, null, null,
                $"Die Frist {StatusTerms.Date(deadline)} ist verstrichen: {StatusTerms.Number(done)} von {StatusTerms.Number(sites.Count)} "
                + $"Liegenschaften waren angebunden, {StatusTerms.Number(sites.Count - done)} nicht.");
        }

        var plan = input.Replan is null ? sites.Select(s => s.Baseline) : sites.Select(s => s.Replan ?? s.Baseline);
        var rows = plan.ToList();
        var live = rows.Count(s => SiteFacts.LiveBy(s, deadline));
        var bridged = rows.Count(s => !SiteFacts.LiveBy(s, deadline) && s.BridgedFrom is not null);
        var unserved = rows.Count(s => s.Technology == PlanTechnology.None);
        var result = new ForecastCounts(live, bridged, rows.Count - live - bridged);
        var basis = input.Replan is { } r
            ? $"Fortschreibung (Planversion {r.Version}) zum Stichtag {StatusTerms.Date(input.Stichtag)}"
            : $"Ausgangsplan (Planversion {input.Baseline.Version}), keine Fortschreibung gespeichert";
        ForecastCounts? observed = outlook?.ObservedForecast is { } o ? new ForecastCounts(o.Connected, o.Bridged, o.Missed) : null;
        var summary = $"Zur Frist {StatusTerms.Date(deadline)} laut {basis}: {StatusTerms.Number(live)} von {StatusTerms.Number(rows.Count)} angebunden, "
            + $"{StatusTerms.Number(bridged)} nur per Mietleitung überbrückt, {StatusTerms.Number(result.Missed)} verfehlt.";
        if (observed is not null && outlook!.ObservedTrenchMetresPerQuarter is { } rate)
        {
            summary += $" Bei der bisherigen Tiefbauleistung ({StatusTerms.Number(rate)} m je Quartal statt {StatusTerms.Number(capacity)}): "
                + $"{StatusTerms.Number(observed.Connected)} angebunden, {StatusTerms.Number(observed.Bridged)} überbrückt, {StatusTerms.Number(observed.Missed)} verfehlt.";
        }

        return new ForecastStatus(deadline, basis, false, rows.Count, result, unserved, Share(live, rows.Count), capacity,
            outlook?.ObservedTrenchMetresPerQuarter, observed, summary);
    }

    private static List<GroupStatus> Groups(List<SiteFacts> sites, Func<SiteFacts, string> key, Func<string, string> label, DateOnly stichtag,
        DateOnly deadline, Dictionary<string, PlanSite>? replan, bool passed) =>
        sites.GroupBy(key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var n = g.Count();
            var connected = g.Count(s => s.ConnectedOn(stichtag));
            var planned = g.Count(s => s.PlannedBy(stichtag));
            var forecast = passed ? g.Count(s => s.ConnectedOn(deadline))
                : g.Count(s => SiteFacts.LiveBy(replan?.GetValueOrDefault(s.Id) ?? s.Baseline, deadline));
            return new GroupStatus(g.Key, label(g.Key), n, connected, Share(connected, n), Share(planned, n), Points(connected - planned, n),
                Share(forecast, n));
        }).ToList();

    private static SiteState State(SiteFacts s, DateOnly stichtag, bool atRisk)
    {
        var state = s.Keeps ? "bestand" : s.ConnectedOn(stichtag) ? "angebunden" : s.StartedOn(stichtag) ? "im_bau" : "offen";
        var p = s.Baseline.Location;
        var (lon, lat) = CrsTransform.ToWgs84(p.X, p.Y);
        return new SiteState(s.Id, s.Baseline.Name, s.Baseline.District, s.Baseline.Kind.ToCode(), EnumCodes.Of(s.TechnologyOn(stichtag)), state, atRisk,
            p.X, p.Y, lon, lat);
    }

    private static DataState DataStateOf(StatusInputs input)
    {
        var dates = input.Milestones.Select(m => m.ActualDate).OfType<DateOnly>()
            .Concat(input.Trenches.Select(t => t.ReportedOn))
            .Where(d => d <= input.Stichtag)
            .ToList();
        DateOnly? asOf = dates.Count == 0 ? null : dates.Max();
        var synthetic = input.Sources.Any(s => s.Synthetic);
        var note = asOf is { } d ? $"Datenstand {StatusTerms.Date(d)}" : "Datenstand: noch kein Baufortschritt gemeldet";
        if (synthetic)
        {
            note += " · Ist aus synthetischen Fortschrittsberichten (Platzhalter für echte Bauberichte, Annahmen in docs/progress-reports.md)";
        }

        return new DataState(asOf, synthetic, input.Sources, note);
    }

    private static PlanReference Reference(PlanVersion plan) => new(plan.Version, plan.Label ?? "", plan.CreatedAt, plan.PlanningStart);

    private static double Share(int part, int total) => total == 0 ? 0 : (double)part / total;

    private static double Points(int difference, int total) => total == 0 ? 0 : 100.0 * difference / total;
}
