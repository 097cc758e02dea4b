using Infra.Core.Plans;
using Infra.Core.Progress;
using Infra.Core.Scenarios;
using Infra.Core.Sites;
using Infra.Data.Plans;
using Infra.Planning.Replan;
using Infra.Planning.Schedule;
using Infra.Status.Model;
using Infra.Status.Replan;
using Infra.Status.Status;
using NetTopologySuite.Geometries;

namespace Infra.Status.Tests;

/// <summary>
/// A hand-made programme of six sites from 2019 to the 2028 deadline: one keeps its uplink, five are built by the
/// Ausgangsplan in 2019–2021; the Ist has two of them live by the Stichtag 2026-12-02; the Fortschreibung has two more on
/// time, one bridged.
/// </summary>
internal static class StatusSample
{
    public static readonly DateOnly Stichtag = new(2026, 12, 2);
    public static readonly DateOnly Start = new(2019, 1, 1);
    private static readonly GeometryFactory Geometry = new(new PrecisionModel(), 25832);

    public static StatusInputs Inputs(DateOnly? stichtag = null, bool withReplan = true, bool synthetic = true)
    {
        var scenario = new Scenario { Name = "muster", PlanningStart = Start, Deadline = new DateOnly(2028, 6, 30) };
        var baseline = new[]
        {
            Site("K1", "Nord", SiteKind.Kita, PlanTechnology.Keep, null, wlanAps: 0),
            Site("F1", "Nord", SiteKind.School, PlanTechnology.Fibre, "2019-Q4", wlanAps: 4, wlanQuarter: "2020-Q1"),
            Site("F2", "Nord", SiteKind.School, PlanTechnology.Fibre, "2020-Q2", wlanAps: 4, wlanQuarter: "2020-Q3"),
            Site("F3", "Süd", SiteKind.Kita, PlanTechnology.Fibre, "2020-Q4"),
            Site("R1", "Süd", SiteKind.Kita, PlanTechnology.Radio, "2021-Q1"),
            Site("L1", "Süd", SiteKind.Office, PlanTechnology.Leased, "2021-Q2"),
        };
        var replan = new[]
        {
            Site("K1", "Nord", SiteKind.Kita, PlanTechnology.Keep, null),
            Site("F1", "Nord", SiteKind.School, PlanTechnology.Keep, "2027-Q1"),
            Site("F2", "Nord", SiteKind.School, PlanTechnology.Keep, "2027-Q1"),
            Site("F3", "Süd", SiteKind.Kita, PlanTechnology.Fibre, "2027-Q3"),
            Site("R1", "Süd", SiteKind.Kita, PlanTechnology.Radio, "2028-Q1"),
            Site("L1", "Süd", SiteKind.Office, PlanTechnology.Fibre, "2028-Q4") with { BridgedFrom = "2028-Q2" },
        };
        var milestones = new[]
        {
            Done("F1", Milestone.Inbetriebnahme, new DateOnly(2021, 3, 1)),
            Done("F1", Milestone.Wlan, new DateOnly(2021, 6, 1)),
            Done("F2", Milestone.Inbetriebnahme, new DateOnly(2026, 10, 1)),
            new SiteMilestone("F3", Milestone.Genehmigung, new DateOnly(2020, 3, 1), null, MilestoneStatus.InArbeit),
        };
        var baselineQuarters = Enumerable.Range(0, 40).Select(i => Quarter(Quarter(Start) + i, Math.Min(1.0, (1 + i) / 10.0))).ToList();
        var replanQuarters = Enumerable.Range(0, 8).Select(i => Quarter(new Quarter(2027, 1) + i, Math.Min(1.0, 0.5 + (i * 0.1)))).ToList();
        var outlook = new ReplanOutlook(Stichtag, new DateOnly(2027, 1, 1), scenario.Deadline, false,
            new DeadlineForecast(6, 5, 1, 0, 0, [new LateSite("L1", PlanTechnology.Fibre, new Quarter(2028, 4), true, "zu spät")]), 4_500, 1_500,
            new DeadlineForecast(6, 4, 2, 0, 0,
            [
                new LateSite("L1", PlanTechnology.Fibre, new Quarter(2029, 1), true, "zu spät"),
                new LateSite("R1", PlanTechnology.Radio, new Quarter(2028, 4), true, "zu spät"),
            ]), 9_000, MeasureBasis.Scenario,
            [new Measure(MeasureKind.TrenchCapacity, 500, 6600, true, new DeadlineForecast(6, 6, 0, 0, 0, []), 12_000, 4_500, -1_000)],
            new ReplanCounts(2, 0, 1, 3, 2, 1));
        return new StatusInputs(
            stichtag ?? Stichtag,
            scenario,
            Version(1, PlanLabels.Baseline, Start, null),
            baseline,
            baselineQuarters,
            [Year(2019, 100_000, 6_000_000, 0), Year(2020, 50_000, 6_000_000, 1_000)],
            withReplan ? Version(2, PlanLabels.Replan, new DateOnly(2027, 1, 1), 1) : null,
            withReplan ? replan : [],
            withReplan ? replanQuarters : [],
            withReplan ? [Year(2027, 30_000, 6_000_000, 0)] : [],
            withReplan ? new StoredOutlookDocument(1, outlook) : null,
            milestones,
            [new TrenchProgress("edge-1", 120, new DateOnly(2026, 11, 30))],
            [new DataSource(synthetic ? "synthetisch" : "Firma", 5, synthetic)]);
    }

    private static PlanVersion Version(long version, string label, DateOnly start, long? basedOn) => new(
        version, "muster", DateTimeOffset.UnixEpoch, basedOn, basedOn is null ? null : start,
        new PlanSummary("muster", new DateOnly(2028, 6, 30), [],
            new PlanTotals(0, 0, 0, 0, 0, 0, 6, 5, 1, 0, new TechnologyCounts(3, 1, 1, 1, 0), 1),
            new SolverFigures(0, 0, 0, "alles", "optimal", "branch_and_cut", 1, 0, 0, 0, 0, 0, 0, 0, 0),
            new ScheduleSummary("2019-Q1", "2028-Q2", "MIP", 0, 0, 0.01, 0, 0, true, 0, 0, null)),
        label, start);

    private static PlanYear Year(int year, double capex, double budget, double opex) => new(year, capex, capex, capex, 0, 0, 0, 0, budget, opex);

    private static PlanSite Site(string id, string district, SiteKind kind, PlanTechnology technology, string? live, int wlanAps = 0,
        string? wlanQuarter = null) => new(
        id, "Liegenschaft " + id, kind, district, 100, technology, null, 0, technology == PlanTechnology.Keep ? 0 : 10_000, 0, 0, [],
        new PlanReason(ReasonCode.Chosen, []), live, live is null ? null : Planning.Schedule.Quarter.TryParse(live, out var q) ? q.LastDay : null,
        wlanAps, wlanQuarter, null, false, null, false,
        Geometry.CreatePoint(new Coordinate(390_000 + (id[0] * 37) + (id[1] * 11), 5_710_000 + (id[1] * 53))));

    private static SiteMilestone Done(string id, Milestone milestone, DateOnly date) => new(id, milestone, null, date, MilestoneStatus.Erledigt);

    private static Quarter Quarter(DateOnly date) => Planning.Schedule.Quarter.FromDate(date);

    private static PlanQuarter Quarter(Quarter q, double share) => new(q.ToString(), q.LastDay, share, share, 0, 0,
        new Dictionary<string, double>(), new Dictionary<string, double>(), new Dictionary<string, double>());
}
