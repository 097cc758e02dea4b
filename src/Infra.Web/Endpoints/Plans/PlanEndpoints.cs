using System.Globalization;
using Infra.Core.Network;
using Infra.Data;
using Infra.Data.Kpis;
using Infra.Data.Plans;
using Infra.Data.Progress;
using Infra.Geo.GeoJson;
using Infra.Geo.Layers;
using Infra.Web.Geo;

namespace Infra.Web.Endpoints.Plans;

/// <summary>Stored plan versions, their curve, years, sites and layers; KPIs current and history; comparison of versions.</summary>
internal static class PlanEndpoints
{
    public static void MapPlanEndpoints(this IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/api/plans").WithTags("Pläne").RequireAuthorization(Policies.Read);
        plans.MapGet("/", async (PlanStore store, CancellationToken ct) => (await store.ListAsync(ct)).Select(PlanDto.From).ToArray())
            .WithSummary("Alle Planversionen, neueste zuerst");
        plans.MapGet("/latest", async (string? scenario, PlanStore store, CancellationToken ct) =>
            await store.LatestAsync(scenario, ct) is { } p ? Results.Ok(PlanDto.From(p)) : Problems.NotFound("noch kein Plan gespeichert"));
        plans.MapGet("/{version:long}", async (long version, PlanStore store, CancellationToken ct) =>
            await store.GetAsync(version, ct) is { } p ? Results.Ok(PlanDto.From(p)) : NoPlan(version));

        plans.MapGet("/{version:long}/curve", async (long version, PlanStore store, InfraDatabase db, TimeProvider time, CancellationToken ct) =>
        {
            if (await store.GetAsync(version, ct) is not { } plan)
            {
                return NoPlan(version);
            }

            var quarters = await store.QuartersAsync(version, ct);
            var planned = quarters.Select(q => new { quarter = q.Quarter, lastDay = q.LastDay, share = q.ConnectedShare });
            // Actual: recomputed from the recorded actual dates at every quarter end up to today, and today.
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            var dates = quarters.Select(q => q.LastDay).Where(d => d < today).Append(today).ToArray();
            var figures = await KpiService.AsOfAsync(db, version, dates, ct);
            var actual = figures.Select(f => new { date = f.AsOf, share = f.ConnectedShare });
            return Results.Ok(new { deadline = plan.Deadline, planned, actual });
        });

        plans.MapGet("/{version:long}/years", async (long version, PlanStore store, CancellationToken ct) =>
            await store.GetAsync(version, ct) is null
                ? NoPlan(version)
                : Results.Ok((await store.YearsAsync(version, ct)).Select(y => new { year = y.Year, capexEuro = y.CapexEuro, budgetEuro = y.BudgetEuro, opexEuro = y.OpexEuro })));

        plans.MapGet("/{version:long}/sites", async (long version, int? limit, int? offset, PlanStore store, CancellationToken ct) =>
            Paging.From(limit, offset).Apply((await store.SitesAsync(version, ct)).Select(s => new
            {
                siteId = s.SiteId, name = s.Name, kind = Infra.Core.Sites.SiteKindCodes.ToCode(s.Kind), district = s.District, technology = s.Technology,
                technologyLabel = Labels.Technology(s.Technology), liveQuarter = s.LiveQuarter, missesDeadline = s.MissesDeadline, npvEuro = s.NpvEuro,
            }).ToArray()));

        plans.MapGet("/{version:long}/sites/{siteId}", async (long version, string siteId, PlanStore store, ProgressStore progress, CancellationToken ct) =>
        {
            var site = (await store.SitesAsync(version, ct)).FirstOrDefault(s => s.SiteId == siteId);
            if (site is null)
            {
                return Problems.NotFound($"Liegenschaft '{siteId}' in Plan {version}");
            }

            var milestones = await progress.MilestonesAsync(siteId, ct);
            var kind = Infra.Core.Sites.SiteKindCodes.ToCode(site.Kind);
            return Results.Ok(new
            {
                siteId = site.SiteId, name = site.Name, kind, kindLabel = kind, district = site.District, technology = site.Technology,
                technologyLabel = Labels.Technology(site.Technology), hubId = site.HubId, demandMbps = site.DemandMbps, capexEuro = site.CapexEuro,
                opexPerYearEuro = site.OpexPerYearEuro, npvEuro = site.NpvEuro, liveQuarter = site.LiveQuarter, wlanQuarter = site.WlanQuarter,
                bridgedFrom = site.BridgedFrom, missesDeadline = site.MissesDeadline, reason = site.Reason,
                alternatives = site.Alternatives.Select(a =>
                {
                    var code = SnakeCaseNames.Of(a.Technology);
                    return new { technology = code, technologyLabel = Labels.Technology(code), npvEuro = a.NpvEuro, note = a.Note };
                }),
                milestones = milestones.OrderBy(m => m.Milestone).Select(m => new
                {
                    milestone = m.Milestone.ToString(), label = Labels.Of(m.Milestone), plannedDate = m.PlannedDate, actualDate = m.ActualDate,
                    status = Labels.Of(m.Status),
                }),
            });
        });

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
            .WithSummary("Anteil angebundener Liegenschaften heute (neuester Plan), gesamt und nach Art, Stadtbezirk, Technik");
        kpis.MapGet("/history", async (DateTimeOffset? from, KpiStore store, CancellationToken ct) =>
            (await store.HistoryAsync(from, ct)).Select(s => new
            {
                takenAt = s.TakenAt, asOf = s.Figures.AsOf, connectedShare = s.Figures.ConnectedShare, wlanShare = s.Figures.WlanShare,
                plannedShare = s.Figures.PlannedShare, planVersion = s.PlanVersion,
            }).ToArray());

        app.MapGet("/api/compare", async (string versions, PlanStore store, CancellationToken ct) =>
        {
            var list = new List<CompareDto>();
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
        }).WithTags("Pläne").RequireAuthorization(Policies.Read).WithSummary("Planversionen nebeneinander (versions=1,2)");
    }

    private static async Task<CompareDto> CompareAsync(PlanStore store, PlanVersionInfo plan, CancellationToken ct)
    {
        var sites = await store.SitesAsync(plan.Version, ct);
        var years = await store.YearsAsync(plan.Version, ct);
        var quarters = await store.QuartersAsync(plan.Version, ct);
        var atDeadline = quarters.Where(q => q.LastDay <= plan.Deadline).MaxBy(q => q.LastDay)?.ConnectedShare ?? 0;
        return new CompareDto(
            plan.Version,
            plan.ScenarioName,
            plan.NpvEuro,
            years.ToDictionary(y => y.Year.ToString(CultureInfo.InvariantCulture), y => y.CapexEuro),
            sites.GroupBy(s => s.Technology).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => sites.Count == 0 ? 0 : (double)g.Count() / sites.Count),
            atDeadline,
            sites.Count(s => s.BridgedFrom is not null),
            plan.Gap);
    }

    private static IResult NoPlan(long version) => Problems.NotFound($"Planversion {version}");
}
