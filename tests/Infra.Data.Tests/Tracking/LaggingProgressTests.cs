using System.Text;
using Infra.Core.Plans;
using Infra.Core.Progress;
using Infra.Data.Plans;
using Infra.Data.Progress;
using Infra.Data.Progress.Synthetic;
using Infra.Data.Tests.Support;

namespace Infra.Data.Tests.Tracking;

/// <summary>
/// Synthetic actual progress lags behind the Ausgangsplan as documented, passes every import rule, and depends only on
/// the seed: nothing is done before the project start, civil works never run ahead of the baseline's metres, blocked
/// sites never go live, the others do in the end.
/// </summary>
public sealed class LaggingProgressTests
{
    private static readonly DateOnly Start = new(2019, 1, 1);

    [Fact]
    public async Task Generate_mid_project_imports_and_lags_behind_the_baseline()
    {
        using var database = new SqliteTestDatabase();
        var (db, _, version) = await SmallPlan.StoredAsync(database.Options);
        var plans = new PlanStore(db);
        var sites = await plans.SitesAsync(version);
        var trenches = await plans.TrenchesAsync(version);
        var built = sites.Where(s => s.Technology is PlanTechnology.Fibre or PlanTechnology.Radio or PlanTechnology.Leased).ToDictionary(s => s.Id, s => s.LiveDate!.Value);
        Assert.NotEmpty(built);
        // Mid-way: the day by which the baseline has half of its sites live.
        var stichtag = built.Values.Order().ElementAt(built.Count / 2);
        var store = new ProgressStore(db, new FixedTime(new DateTimeOffset(stichtag.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));

        var reports = LaggingProgress.Generate(sites, trenches, Start, stichtag, seed: 7);
        var imported = await store.ImportAsync("meilensteine.csv", Stream(reports.Milestones), "synthetisch");
        await store.ImportAsync("trassen.csv", Stream(reports.Trenches), "synthetisch");

        Assert.Equal((reports.MilestoneRows, reports.MilestoneRows), (imported.Rows, imported.New));
        var live = Live(await store.MilestonesAsync(null));
        var plannedByThen = built.Count(b => b.Value <= stichtag);
        Assert.True(live.Count < plannedByThen, $"{live.Count} live, baseline {plannedByThen}");
        Assert.All(live.Values, d => Assert.True(d <= stichtag));
        var plannedMetres = trenches.Where(t => t.DugDate <= stichtag).Sum(t => t.TrenchM);
        Assert.True(reports.TrenchMetresDug < plannedMetres, $"dug {reports.TrenchMetresDug:F0} m, planned {plannedMetres:F0} m");
        Assert.Equal(reports.TrenchMetresDug, (await store.TrenchProgressAsync()).Sum(t => t.MetresBuilt), 1.0);
    }

    [Fact]
    public async Task Generate_before_the_start_reports_nothing_done()
    {
        var (sites, trenches) = await PlanAsync();

        var reports = LaggingProgress.Generate(sites, trenches, Start, Start.AddDays(-400), seed: 7);

        Assert.DoesNotContain("erledigt", reports.Milestones, StringComparison.Ordinal);
        Assert.Equal(0, reports.TrenchRows);
        Assert.Equal(0, reports.TrenchMetresDug);
    }

    [Fact]
    public async Task Generate_long_after_has_every_site_live_but_the_blocked_ones()
    {
        using var database = new SqliteTestDatabase();
        var (db, _, version) = await SmallPlan.StoredAsync(database.Options);
        var plans = new PlanStore(db);
        var sites = await plans.SitesAsync(version);
        var trenches = await plans.TrenchesAsync(version);
        var late = new DateOnly(2060, 1, 1);
        var store = new ProgressStore(db, new FixedTime(new DateTimeOffset(late.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
        // Every fibre and Richtfunk site blocked: none may go live; leased lines are never blocked.
        var blocked = LaggingProgress.Generate(sites, trenches, Start, late, seed: 7, new LagAssumptions { BlockedShare = 1 });
        var normal = LaggingProgress.Generate(sites, trenches, Start, late, seed: 7);

        await store.ImportAsync("blockiert.csv", Stream(blocked.Milestones), "synthetisch");
        var liveBlocked = Live(await store.MilestonesAsync(null));
        Assert.All(liveBlocked.Keys, id => Assert.Equal(PlanTechnology.Leased, sites.Single(s => s.Id == id).Technology));

        var all = LaggingProgress.Generate(sites, trenches, Start, late, seed: 7, new LagAssumptions { BlockedShare = 0 });
        Assert.Equal(sites.Count(s => s.Technology is PlanTechnology.Fibre or PlanTechnology.Radio or PlanTechnology.Leased), Live(Parse(all.Milestones)).Count);
        Assert.Equal(trenches.Where(t => t.DugDate is not null).Sum(t => t.TrenchM), normal.TrenchMetresDug, 0.5);
    }

    [Fact]
    public async Task Generate_same_seed_same_reports_other_seed_other_dates()
    {
        var (sites, trenches) = await PlanAsync();
        var stichtag = new DateOnly(2021, 6, 30);

        var a = LaggingProgress.Generate(sites, trenches, Start, stichtag, 1);

        Assert.Equal(a, LaggingProgress.Generate(sites, trenches, Start, stichtag, 1));
        Assert.NotEqual(a.Milestones, LaggingProgress.Generate(sites, trenches, Start, stichtag, 2).Milestones);
    }

    private static async Task<(IReadOnlyList<PlanSite> Sites, IReadOnlyList<PlanTrench> Trenches)> PlanAsync()
    {
        using var database = new SqliteTestDatabase();
        var (db, _, version) = await SmallPlan.StoredAsync(database.Options);
        var plans = new PlanStore(db);
        return (await plans.SitesAsync(version), await plans.TrenchesAsync(version));
    }

    private static Dictionary<string, DateOnly> Live(IEnumerable<SiteMilestone> milestones) =>
        milestones.Where(m => m is { Milestone: Milestone.Inbetriebnahme, Status: MilestoneStatus.Erledigt })
            .ToDictionary(m => m.SiteId, m => m.ActualDate!.Value);

    private static IEnumerable<SiteMilestone> Parse(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(','))
            .Where(f => f[1] == "inbetriebnahme" && f[4] == "erledigt")
            .Select(f => new SiteMilestone(f[0], Milestone.Inbetriebnahme, null, DateOnly.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture),
                MilestoneStatus.Erledigt));

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}
