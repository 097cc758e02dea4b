using System.Text;
using Infra.Data.Kpis;
using Infra.Data.Progress;

namespace Infra.Data.Tests.Support;

/// <summary>KPI service and snapshot checks that run unchanged against SQLite and PostgreSQL.</summary>
internal static class KpiChecks
{
    public static async Task CurrentCountsStoredPlanAndMilestones(DatabaseOptions options)
    {
        var (db, outcome, version) = await SmallPlan.StoredAsync(options);
        var asOf = new DateOnly(2026, 3, 1);
        var sites = outcome.Plan.Sites;
        var live = sites.First(s => s.Technology is not null).Site.Id.Value;
        var milestones = string.Join("", new[] { "planung", "genehmigung", "tiefbau", "einblasen_spleissen", "inbetriebnahme" }
            .Select((m, i) => $"{live},{m},,2026-01-0{i + 1},erledigt\n"));
        await new ProgressStore(db, ProgressStoreChecks.Today).ImportAsync(
            "live.csv", new MemoryStream(Encoding.UTF8.GetBytes(ProgressStoreChecks.Header + milestones)), "test");

        var k = await KpiService.CurrentAsync(db, version, asOf);

        // By hand from the plan: kept uplinks count as connected and planned; one more site went live by report.
        var kept = sites.Count(s => s.Technology is null && s.KeepsCurrentUplink);
        var plannedByDate = outcome.Schedule.Sites.Count(q => sites[q.SiteIndex].Technology is not null && q.Live?.LastDay <= asOf);
        var wlanComplete = outcome.Schedule.Sites.Count(q => q.WlanAps == 0);
        Assert.Equal((sites.Count, kept + 1), (k.Sites, k.Connected));
        Assert.Equal((double)(kept + 1) / sites.Count, k.ConnectedShare);
        Assert.Equal((double)(kept + plannedByDate) / sites.Count, k.PlannedShare);
        Assert.Equal((double)wlanComplete / sites.Count, k.WlanShare);
        Assert.Equal(sites.Count, k.ByDistrict.Values.Sum(g => g.Total));
        await Assert.ThrowsAsync<ArgumentException>(() => KpiService.CurrentAsync(db, version + 1, asOf));
    }

    public static async Task SnapshotsReadBackOldestFirst(DatabaseOptions options)
    {
        var (db, _, version) = await SmallPlan.StoredAsync(options);
        var store = new KpiStore(db);
        var march = await KpiService.CurrentAsync(db, version, new DateOnly(2026, 3, 1));
        var june = await KpiService.CurrentAsync(db, version, new DateOnly(2027, 6, 30));
        var t1 = new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);
        var t2 = new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.FromHours(1));   // 03:00 UTC

        var second = await store.SaveAsync(version, june, t2);
        var first = await store.SaveAsync(null, march, t1);

        var all = await store.HistoryAsync(null);
        Assert.Equal([first, second], all.Select(s => s.Id));
        Assert.Equal((t1, (long?)null), (all[0].TakenAt, all[0].PlanVersion));
        Assert.Equal((t2, (long?)version), (all[1].TakenAt, all[1].PlanVersion));
        AssertSameFigures(june, all[1].Figures);
        Assert.Equal([second], (await store.HistoryAsync(new DateTimeOffset(2026, 3, 2, 3, 0, 0, TimeSpan.Zero))).Select(s => s.Id));
    }

    private static void AssertSameFigures(Core.Tracking.KpiFigures expected, Core.Tracking.KpiFigures actual)
    {
        Assert.Equal(expected with { ByKind = actual.ByKind, ByDistrict = actual.ByDistrict, ByTechnology = actual.ByTechnology }, actual);
        Assert.Equal(expected.ByKind, actual.ByKind);
        Assert.Equal(expected.ByDistrict, actual.ByDistrict);
        Assert.Equal(expected.ByTechnology, actual.ByTechnology);
    }
}
