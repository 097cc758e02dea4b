using Infra.Core.Plans;
using System.Text;
using Infra.Core.Progress;
using Infra.Data.Plans;
using Infra.Data.Progress;
using Infra.Data.Tests.Support;

namespace Infra.Data.Tests.Tracking;

/// <summary>Synthetic contractor reports pass every import rule and follow their documented delay bounds.</summary>
public sealed class SyntheticProgressTests
{
    // Largest delay of the generator (two years) plus the per-milestone jitter (20 days).
    private const int MaxLateDays = 730 + 20;

    [Fact]
    public async Task Reports_for_a_stored_plan_import_and_respect_the_delay_bounds()
    {
        using var database = new SqliteTestDatabase();
        var (db, _, version) = await SmallPlan.StoredAsync(database.Options);
        var plans = new PlanStore(db);
        var sites = await plans.SitesAsync(version);
        var trenches = await plans.TrenchesAsync(version);
        var built = sites.Where(s => s.LiveDate is not null && s.Technology is PlanTechnology.Fibre or PlanTechnology.Radio or PlanTechnology.Leased).ToArray();
        Assert.NotEmpty(built);
        // A date four months after the first planned live date (the on-time sites are live, the late ones not), then
        // one by which every site must be live.
        var planned = built.ToDictionary(s => s.Id, s => s.LiveDate!.Value);
        var early = planned.Values.Min().AddDays(120);
        var late = planned.Values.Max().AddDays(MaxLateDays);
        var store = new ProgressStore(db, new FixedTime(new DateTimeOffset(late.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));

        var first = SyntheticProgress.Generate(sites, trenches, early, seed: 7);
        var imported = await store.ImportAsync("frueh.csv", Stream(first.Milestones), "test");
        await store.ImportAsync("frueh-trassen.csv", Stream(first.Trenches), "test");
        Assert.Equal((first.MilestoneRows, first.MilestoneRows), (imported.Rows, imported.New));
        var liveEarly = await LiveAsync(store);
        Assert.All(liveEarly, l => Assert.InRange(l.Value, planned[l.Key], early));    // never early, never after the report date
        Assert.DoesNotContain(liveEarly.Keys, id => planned[id] > early);
        Assert.NotEmpty(liveEarly);

        var second = SyntheticProgress.Generate(sites, trenches, late, seed: 7);
        await store.ImportAsync("spaet.csv", Stream(second.Milestones), "test");
        await store.ImportAsync("spaet-trassen.csv", Stream(second.Trenches), "test");
        var liveLate = await LiveAsync(store);
        Assert.Equal(planned.Keys.Order(StringComparer.Ordinal), liveLate.Keys.Order(StringComparer.Ordinal));
        Assert.All(liveLate, l => Assert.InRange(l.Value, planned[l.Key], planned[l.Key].AddDays(MaxLateDays)));
        Assert.All(await store.TrenchProgressAsync(), t =>
            Assert.Equal(trenches.Single(p => p.Id == t.TrenchId).TrenchM, t.MetresBuilt, 0.05));
        Assert.Equal(trenches.Count(t => t.DugDate is not null && t.TrenchM > 0), second.TrenchRows);
    }

    private static async Task<Dictionary<string, DateOnly>> LiveAsync(ProgressStore store) =>
        (await store.MilestonesAsync(null))
            .Where(m => m is { Milestone: Milestone.Inbetriebnahme, Status: MilestoneStatus.Erledigt })
            .ToDictionary(m => m.SiteId, m => m.ActualDate!.Value);

    [Fact]
    public async Task Same_seed_same_reports_other_seed_other_delays()
    {
        var (_, outcome) = await SmallPlan.GetAsync();
        using var database = new SqliteTestDatabase();
        var (db, _, version) = await SmallPlan.StoredAsync(database.Options);
        var plans = new PlanStore(db);
        var sites = await plans.SitesAsync(version);
        var trenches = await plans.TrenchesAsync(version);
        var asOf = outcome.Schedule.Deadline.LastDay;

        var a = SyntheticProgress.Generate(sites, trenches, asOf, 1);

        Assert.Equal(a, SyntheticProgress.Generate(sites, trenches, asOf, 1));
        Assert.NotEqual(a.Milestones, SyntheticProgress.Generate(sites, trenches, asOf, 2).Milestones);
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}
