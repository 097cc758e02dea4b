using Infra.Core.Sites;
using Infra.Data.Plans;
using Infra.Planning.Tracking;
using Microsoft.EntityFrameworkCore;

namespace Infra.Data.Tests.Support;

/// <summary>Plan version checks that run unchanged against SQLite and PostgreSQL.</summary>
internal static class PlanStoreChecks
{
    public static async Task RoundTrip(DatabaseOptions options)
    {
        var (_, outcome) = await SmallPlan.GetAsync();
        var db = await InfraDatabase.OpenAsync(options);
        var time = new FixedTime(new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero));
        var store = new PlanStore(db, time);

        var version = await store.SaveAsync(outcome, new PlanSaveOptions(SmallPlan.ScenarioYaml));

        var info = Assert.Single(await store.ListAsync());
        Assert.Equal(version, info.Version);
        Assert.Equal(("klein", time.GetUtcNow(), outcome.Plan.Sites.Count), (info.ScenarioName, info.CreatedAt, info.Sites));
        Assert.Equal((outcome.Plan.Totals.NpvEuro, outcome.Plan.Totals.CapexEuro), (info.NpvEuro, info.CapexEuro));
        Assert.Equal((outcome.Plan.Solver.Objective, outcome.Plan.Solver.Status), (info.Objective, info.Status));
        Assert.Equal(outcome.Instance.Scenario.Deadline, info.Deadline);

        var sites = await store.SitesAsync(version);
        Assert.Equal(outcome.Plan.Sites.Select(s => s.Site.Id.Value).Order(StringComparer.Ordinal), sites.Select(s => s.SiteId));
        foreach (var (planned, i) in outcome.Plan.Sites.Select((s, i) => (s, i)))
        {
            var stored = sites.Single(s => s.SiteId == planned.Site.Id.Value);
            var schedule = outcome.Schedule.Sites.Single(s => s.SiteIndex == i);
            Assert.Equal((planned.Site.Name, planned.Site.Kind, planned.Site.District, TechnologyCodes.Of(planned)), (stored.Name, stored.Kind, stored.District, stored.Technology));
            Assert.Equal((planned.HubId, planned.DemandMbps, planned.CapexEuro, planned.NpvEuro), (stored.HubId, stored.DemandMbps, stored.CapexEuro, stored.NpvEuro));
            Assert.Equal((schedule.Live?.ToString(), schedule.Live?.LastDay, schedule.MissesDeadline), (stored.LiveQuarter, stored.PlannedLive, stored.MissesDeadline));
            Assert.Equal((schedule.WlanAps, schedule.WlanInstalled?.ToString(), planned.Reason), (stored.WlanAps, stored.WlanQuarter, stored.Reason));
            Assert.Equal(planned.Alternatives, stored.Alternatives);
            Assert.True(planned.Site.Location.EqualsExact(stored.Location));
        }

        var trenches = await store.TrenchesAsync(version);
        Assert.Equal(outcome.Plan.Trenches.OrderBy(t => t.EdgeIndex).Select(t => $"edge-{t.EdgeIndex}"), trenches.Select(t => t.TrenchId));
        var dug = outcome.Schedule.Edges.ToDictionary(e => e.EdgeIndex, e => e.Dug);
        foreach (var t in outcome.Plan.Trenches)
        {
            var stored = trenches.Single(s => s.TrenchId == $"edge-{t.EdgeIndex}");
            Assert.Equal((t.Kind, t.LengthM, t.TrenchMetres, t.SitesServed), (stored.Kind, stored.LengthM, stored.TrenchMetres, stored.SitesServed));
            Assert.Equal(dug.TryGetValue(t.EdgeIndex, out var q) ? q.LastDay : null, stored.PlannedDone);
            Assert.True(t.Geometry.EqualsExact(stored.Geometry));
        }

        var links = await store.LinksAsync(version);
        Assert.NotEmpty(links);
        Assert.NotEmpty(trenches);
        Assert.Equal(outcome.Plan.Links.Select(l => l.SiteId).Order(StringComparer.Ordinal), links.Select(l => l.SiteId));

        var quarters = await store.QuartersAsync(version);
        Assert.Equal(outcome.Schedule.Quarters.Select(q => (q.Quarter.ToString(), q.Quarter.LastDay, q.ConnectedShare, q.WlanShare)),
            quarters.Select(q => (q.Quarter, q.LastDay, q.ConnectedShare, q.WlanShare)));
        var last = outcome.Schedule.Quarters[^1];
        Assert.Equal(last.ConnectedByDistrict.OrderBy(d => d.Key, StringComparer.Ordinal), quarters[^1].ByDistrict);
        Assert.Equal(last.ConnectedByKind.Select(k => k.Key.ToCode()).Order(StringComparer.Ordinal), quarters[^1].ByKind.Keys);
        Assert.All(quarters[^1].ByTechnology.Keys, k => Assert.Contains(k, new[] { "fibre", "radio", "leased", "keep", "none" }));

        var years = await store.YearsAsync(version);
        Assert.NotEmpty(years);
        Assert.NotEmpty(quarters);
        Assert.Equal(outcome.Schedule.CapexByYear.Keys.Union(outcome.Schedule.OpexByYear.Keys).Order(), years.Select(y => y.Year));
        Assert.All(years, y => Assert.Equal(outcome.Schedule.CapexByYear.GetValueOrDefault(y.Year)?.Budgeted ?? 0, y.CapexEuro));
        Assert.All(years, y => Assert.Equal(outcome.Instance.Scenario.Capacities.BudgetFor(y.Year), y.BudgetEuro));
    }

    public static async Task VersionsListNewestFirst(DatabaseOptions options)
    {
        var (_, outcome) = await SmallPlan.GetAsync();
        var db = await InfraDatabase.OpenAsync(options);
        var store = new PlanStore(db);

        var first = await store.SaveAsync(outcome, new PlanSaveOptions(SmallPlan.ScenarioYaml));
        var second = await store.SaveAsync(outcome, new PlanSaveOptions(SmallPlan.ScenarioYaml, first, new DateOnly(2026, 7, 1)));

        Assert.Equal([second, first], (await store.ListAsync()).Select(v => v.Version));
        Assert.True(second > first);
        var latest = await store.LatestAsync("klein");
        Assert.Equal((second, first, new DateOnly(2026, 7, 1)), (latest!.Version, latest.BasedOnVersion, latest.ReplanFrom));
        Assert.Equal(second, (await store.LatestAsync(null))!.Version);
        Assert.Null(await store.LatestAsync("anders"));
        Assert.Null(await store.GetAsync(second + 100));
        Assert.Equal((await store.SitesAsync(first)).Select(s => s.SiteId), (await store.SitesAsync(second)).Select(s => s.SiteId));
    }

    public static async Task OneVersionPerJobRun(DatabaseOptions options)
    {
        var (_, outcome) = await SmallPlan.GetAsync();
        var db = await InfraDatabase.OpenAsync(options);
        var store = new PlanStore(db);
        Assert.Null(await store.VersionOfRunAsync("run-a"));

        var version = await store.SaveAsync(outcome, new PlanSaveOptions(SmallPlan.ScenarioYaml, JobRunId: "run-a"));
        await store.SaveAsync(outcome, new PlanSaveOptions(SmallPlan.ScenarioYaml));   // runs without an id do not collide

        Assert.Equal(version, await store.VersionOfRunAsync("run-a"));
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => store.SaveAsync(outcome, new PlanSaveOptions(SmallPlan.ScenarioYaml, JobRunId: "run-a")));
        Assert.Equal(2, (await store.ListAsync()).Count);
    }

    public static async Task FailureMidwayLeavesNoVersion(DatabaseOptions options)
    {
        var (_, outcome) = await SmallPlan.GetAsync();
        var db = await InfraDatabase.OpenAsync(options);
        var store = new PlanStore(db)
        {
            BeforeTable = (table, _) => table == "plan_quarters" ? throw new IOException("disk gone") : Task.CompletedTask,
        };

        await Assert.ThrowsAsync<IOException>(() => store.SaveAsync(outcome, new PlanSaveOptions(SmallPlan.ScenarioYaml)));

        await AssertNoPlanRowsAsync(db);
    }

    public static async Task CancellationMidwayLeavesNoVersion(DatabaseOptions options)
    {
        var (_, outcome) = await SmallPlan.GetAsync();
        var db = await InfraDatabase.OpenAsync(options);
        using var cancel = new CancellationTokenSource();
        var store = new PlanStore(db)
        {
            BeforeTable = (table, _) =>
            {
                if (table == "plan_trenches")
                {
                    cancel.Cancel();
                }

                return Task.CompletedTask;
            },
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => store.SaveAsync(outcome, new PlanSaveOptions(SmallPlan.ScenarioYaml), cancel.Token));

        await AssertNoPlanRowsAsync(db);
        var version = await new PlanStore(db).SaveAsync(outcome, new PlanSaveOptions(SmallPlan.ScenarioYaml));
        Assert.Equal(outcome.Plan.Sites.Count, (await new PlanStore(db).SitesAsync(version)).Count);
    }

    private static async Task AssertNoPlanRowsAsync(InfraDatabase db)
    {
        await using var context = db.CreateContext();
        Assert.Equal(
            (0, 0, 0, 0, 0, 0),
            (await context.PlanVersions.CountAsync(), await context.PlanSites.CountAsync(), await context.PlanTrenches.CountAsync(),
                await context.PlanLinks.CountAsync(), await context.PlanQuarters.CountAsync(), await context.PlanYears.CountAsync()));
    }
}
