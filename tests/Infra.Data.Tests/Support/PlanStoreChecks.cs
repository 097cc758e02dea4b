using System.Text.Json;
using Infra.Core.Plans;
using Infra.Data.Plans;
using Infra.Planning.Export;
using Microsoft.EntityFrameworkCore;

namespace Infra.Data.Tests.Support;

/// <summary>Plan version checks that run unchanged against SQLite and PostgreSQL.</summary>
internal static class PlanStoreChecks
{
    public static async Task RoundTrip(DatabaseOptions options)
    {
        var (_, outcome) = await SmallPlan.GetAsync();
        var plan = PlanExporter.Export(outcome);
        var db = await InfraDatabase.OpenAsync(options);
        var time = new FixedTime(new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero));
        var store = new PlanStore(db, time);

        var version = await store.SaveAsync(plan, new PlanSaveOptions(SmallPlan.ScenarioYaml));

        var info = Assert.Single(await store.ListAsync());
        Assert.Equal((version, "klein", time.GetUtcNow(), (long?)null), (info.Version, info.Scenario, info.CreatedAt, info.BasedOnVersion));
        Assert.NotEmpty(plan.Trenches);
        Assert.NotEmpty(plan.Links);
        Assert.True(plan.Summary.Totals.TrenchCapexEur > 0);

        // Every field of the contract comes back, sites ordered by id; geometries are not in the JSON, compared apart.
        var stored = (await store.ExportAsync(version))!;
        var expected = plan with { Sites = plan.Sites.OrderBy(s => s.Id, StringComparer.Ordinal).ToArray() };
        Assert.Equal(JsonSerializer.Serialize(expected, PlanJson.Options), JsonSerializer.Serialize(stored, PlanJson.Options));
        Assert.All(expected.Sites.Zip(stored.Sites), p => Assert.True(p.First.Location.EqualsExact(p.Second.Location)));
        Assert.All(expected.Trenches.Zip(stored.Trenches), p => Assert.True(p.First.Geometry.EqualsExact(p.Second.Geometry)));
        Assert.All(expected.Links.Zip(stored.Links), p => Assert.True(p.First.Geometry.EqualsExact(p.Second.Geometry)));
        Assert.Null(await store.ExportAsync(version + 1));
    }

    public static async Task VersionsListNewestFirst(DatabaseOptions options)
    {
        var (_, outcome) = await SmallPlan.GetAsync();
        var db = await InfraDatabase.OpenAsync(options);
        var store = new PlanStore(db);

        var first = await store.SaveAsync(PlanExporter.Export(outcome), new PlanSaveOptions(SmallPlan.ScenarioYaml));
        var second = await store.SaveAsync(PlanExporter.Export(outcome), new PlanSaveOptions(SmallPlan.ScenarioYaml, first, new DateOnly(2026, 7, 1)));

        Assert.Equal([second, first], (await store.ListAsync()).Select(v => v.Version));
        Assert.True(second > first);
        var latest = await store.LatestAsync("klein");
        Assert.Equal((second, first, new DateOnly(2026, 7, 1)), (latest!.Version, latest.BasedOnVersion, latest.ReplanFrom));
        Assert.Equal(second, (await store.LatestAsync(null))!.Version);
        Assert.Null(await store.LatestAsync("anders"));
        Assert.Null(await store.GetAsync(second + 100));
        Assert.Equal((await store.SitesAsync(first)).Select(s => s.Id), (await store.SitesAsync(second)).Select(s => s.Id));
    }

    public static async Task OneVersionPerJobRun(DatabaseOptions options)
    {
        var (_, outcome) = await SmallPlan.GetAsync();
        var db = await InfraDatabase.OpenAsync(options);
        var store = new PlanStore(db);
        Assert.Null(await store.VersionOfRunAsync("run-a"));

        var version = await store.SaveAsync(PlanExporter.Export(outcome), new PlanSaveOptions(SmallPlan.ScenarioYaml, JobRunId: "run-a"));
        await store.SaveAsync(PlanExporter.Export(outcome), new PlanSaveOptions(SmallPlan.ScenarioYaml));   // runs without an id do not collide

        Assert.Equal(version, await store.VersionOfRunAsync("run-a"));
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => store.SaveAsync(PlanExporter.Export(outcome), new PlanSaveOptions(SmallPlan.ScenarioYaml, JobRunId: "run-a")));
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

        await Assert.ThrowsAsync<IOException>(() => store.SaveAsync(PlanExporter.Export(outcome), new PlanSaveOptions(SmallPlan.ScenarioYaml)));

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
            () => store.SaveAsync(PlanExporter.Export(outcome), new PlanSaveOptions(SmallPlan.ScenarioYaml), cancel.Token));

        await AssertNoPlanRowsAsync(db);
        var version = await new PlanStore(db).SaveAsync(PlanExporter.Export(outcome), new PlanSaveOptions(SmallPlan.ScenarioYaml));
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
