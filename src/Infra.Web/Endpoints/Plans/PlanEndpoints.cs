using System.Globalization;
using Infra.Core.Codes;
using Infra.Core.Language;
using Infra.Core.Network;
using Infra.Core.Plans;
using Infra.Data;
using Infra.Data.Kpis;
using Infra.Data.Plans;
using Infra.Data.Progress;
using Infra.Geo.GeoJson;
using Infra.Web.Endpoints.Plans.Views;
using Infra.Web.Geo;

namespace Infra.Web.Endpoints.Plans;

/// <summary>
/// Stored plan versions in the shape of the plan contract (snake_case): versions, curve, years, sites and layers; KPIs
/// current and history; comparison of versions.
/// </summary>
internal static class PlanEndpoints
{
    public static void MapPlanEndpoints(this IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/api/plans").WithTags("Pläne").RequireAuthorization(Policies.Read);
        plans.MapGet("/", async (PlanStore store, CancellationToken ct) => await store.ListAsync(ct))
            .WithSummary("Alle Planversionen, neueste zuerst");
        plans.MapGet("/latest", async (string? scenario, PlanStore store, CancellationToken ct) =>
            await store.LatestAsync(scenario, ct) is { } p ? Results.Ok(p) : Problems.NotFound("noch kein Plan gespeichert"))
            .Produces<PlanVersion>();
        plans.MapGet("/{version:long}", async (long version, PlanStore store, CancellationToken ct) =>
            await store.GetAsync(version, ct) is { } p ? Results.Ok(p) : NoPlan(version))
            .Produces<PlanVersion>();

        plans.MapGet("/{version:long}/curve", async (long version, PlanStore store, InfraDatabase db, TimeProvider time, CancellationToken ct) =>
        {
            if (await store.GetAsync(version, ct) is not { } plan)
            {
                return NoPlan(version);
            }

            var quarters = await store.QuartersAsync(version, ct);
            // Actual: recomputed from the recorded actual dates at every quarter end up to today, and today.
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            var dates = quarters.Select(q => q.LastDay).Where(d => d < today).Append(today).ToArray();
            var figures = await KpiService.AsOfAsync(db, version, dates, ct);
            return Results.Ok(new PlanCurve(plan.Summary.Deadline, quarters, figures.Select(f => new CurvePoint(f.AsOf, f.ConnectedShare)).ToArray()));
        }).Produces<PlanCurve>();

        plans.MapGet("/{version:long}/years", async (long version, PlanStore store, CancellationToken ct) =>
            await store.GetAsync(version, ct) is null ? NoPlan(version) : Results.Ok(await store.YearsAsync(version, ct)))
            .Produces<IReadOnlyList<PlanYear>>();

        plans.MapGet("/{version:long}/sites", async (long version, int? limit, int? offset, PlanStore store, CancellationToken ct) =>
            Paging.From(limit, offset).Apply((await store.SitesAsync(version, ct)).ToArray()));

        plans.MapGet("/{version:long}/sites/{siteId}", async (long version, string siteId, PlanStore store, ProgressStore progress, CancellationToken ct) =>
        {
            var site = (await store.SitesAsync(version, ct)).FirstOrDefault(s => s.Id == siteId);
            if (site is null)
            {
                return Problems.NotFound($"{Glossary.Term("site")} '{siteId}' in Plan {version}");
            }

            var milestones = (await progress.MilestonesAsync(siteId, ct)).OrderBy(m => m.Milestone)
                .Select(m => new MilestoneView(EnumCodes.Of(m.Milestone), m.PlannedDate, m.ActualDate, EnumCodes.Of(m.Status))).ToArray();
            return Results.Ok(new PlanSiteDetail(site, PlanTexts.Reason(site), site.Alternatives.Select(PlanTexts.Note).ToArray(), milestones));
        }).Produces<PlanSiteDetail>();

        plans.MapGet("/{version:long}/layers/{layer}", async (long version, string layer, string? crs, IServiceProvider services, CancellationToken ct) =>
        {
            if (PlanLayers.Find(layer) is not { } source)
            {
                return Problems.NotFound($"Planebene '{layer}' (erlaubt: sites, trenches, links)");
            }

            var set = await source(services, version, ct);
            using var buffer = new MemoryStream();
            GeoJsonWriter.Write(buffer, set.Features.Select(f => f.Feature), CrsParam.Parse(crs, "crs") ?? Srid.Wgs84);
            return Results.File(buffer.ToArray(), "application/geo+json", $"plan-{version}-{layer}.geojson");
        }).WithSummary("Eine Ebene des Plans als GeoJSON: sites, trenches, links");

        var kpis = app.MapGroup("/api/kpis").WithTags("Kennzahlen").RequireAuthorization(Policies.Read);
        kpis.MapGet("/current", async (LatestPlan latest, KpiCache cache, CancellationToken ct) =>
            await latest.GetAsync(ct) is { } plan ? Results.Ok(await cache.CurrentAsync(plan, ct)) : Problems.NotFound("noch kein Plan gespeichert"))
            .Produces<KpiView>()
            .WithSummary("Anteil angebundener Liegenschaften heute (neuester Plan), gesamt und nach Art, Stadtbezirk, Technik");
        kpis.MapGet("/history", async (DateTimeOffset? from, KpiStore store, CancellationToken ct) =>
            (await store.HistoryAsync(from, ct)).Select(s => new KpiHistoryPoint(s.TakenAt, s.Figures.AsOf, s.Figures.ConnectedShare,
                s.Figures.WlanShare, s.Figures.PlannedShare, s.PlanVersion)).ToArray());

        app.MapGet("/api/compare", async (string versions, PlanStore store, CancellationToken ct) =>
        {
            var list = new List<PlanComparison>();
            foreach (var text in versions.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v))
                {
                    return Problems.BadRequest($"versions: '{text}' ist keine Planversion");
                }

                if (await store.GetAsync(v, ct) is not { } plan)
                {
                    return NoPlan(v);
                }

                list.Add(await CompareAsync(store, plan, ct));
            }

            return list.Count == 0 ? Problems.BadRequest("versions: mindestens eine Planversion angeben, z. B. versions=1,2") : Results.Ok(list);
        }).WithTags("Pläne").RequireAuthorization(Policies.Read).Produces<IReadOnlyList<PlanComparison>>()
            .WithSummary("Planversionen nebeneinander (versions=1,2)");
    }

    private static async Task<PlanComparison> CompareAsync(PlanStore store, PlanVersion plan, CancellationToken ct)
    {
        var sites = await store.SitesAsync(plan.Version, ct);
        var years = await store.YearsAsync(plan.Version, ct);
        var quarters = await store.QuartersAsync(plan.Version, ct);
        var deadline = plan.Summary.Deadline;
        var atDeadline = quarters.Where(q => q.LastDay <= deadline).MaxBy(q => q.LastDay)?.ConnectedShare ?? 0;
        return new PlanComparison(
            plan.Version,
            plan.Scenario,
            plan.Summary.Totals.NpvEur,
            years.Select(y => new YearCapex(y.Year, y.CapexBudgetedEur)).ToArray(),
            sites.GroupBy(s => s.Technology).OrderBy(g => g.Key)
                .Select(g => new TechnologyShare(g.Key, sites.Count == 0 ? 0 : (double)g.Count() / sites.Count)).ToArray(),
            atDeadline,
            sites.Count(s => s.BridgedFrom is not null),
            plan.Summary.Solver.Gap);
    }

    private static IResult NoPlan(long version) => Problems.NotFound($"Planversion {version}");
}
