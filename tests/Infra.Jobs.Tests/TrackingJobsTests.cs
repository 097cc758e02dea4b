using Infra.Core.Plans;
using System.Text;
using Infra.Data;
using Infra.Data.Kpis;
using Infra.Data.Plans;
using Infra.Data.Progress;
using Infra.Jobs.Tests.Support;

namespace Infra.Jobs.Tests;

/// <summary>KPI snapshot, deadline risk and re-plan on a solved tiny city with some reported progress.</summary>
public sealed class TrackingJobsTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Kpi_snapshot_risk_projection_and_replan_build_on_the_stored_plan()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await TinyCity.SeedAsync(db);
        await using var node = await JobsNode.StartAsync(db.JobsOptions());
        var database = await InfraDatabase.OpenAsync(db.Options);
        var plans = new PlanStore(database);

        var solve = await JobWaits.FinishedAsync(node.Jobs, await node.Jobs.EnqueueSolveAsync(TinyCity.Scenario, null, CancellationToken.None), Timeout);
        Assert.True(solve.State == JobStates.Succeeded, solve.Message);
        var v1 = solve.PlanVersion!.Value;
        var started = (await plans.SitesAsync(v1, CancellationToken.None)).First(s => s.Technology is PlanTechnology.Fibre or PlanTechnology.Radio or PlanTechnology.Leased);
        var report = $"""
            liegenschaft_id,meilenstein,geplant,ist,status
            {started.Id},planung,2025-03-31,2025-03-12,erledigt
            {started.Id},genehmigung,2025-06-30,2025-06-20,erledigt
            {started.Id},tiefbau,2025-12-31,,in_arbeit
            """;
        await new ProgressStore(database).ImportAsync("meldung.csv", new MemoryStream(Encoding.UTF8.GetBytes(report)), "test", CancellationToken.None);

        var kpi = await JobWaits.FinishedAsync(node.Jobs, await node.Jobs.TriggerAsync(JobKind.KpiSnapshot, null, CancellationToken.None), Timeout);
        Assert.True(kpi.State == JobStates.Succeeded, kpi.Message);
        var snapshot = Assert.Single(await new KpiStore(database).HistoryAsync(null, CancellationToken.None));
        Assert.Equal(v1, snapshot.PlanVersion);

        var risk = await JobWaits.FinishedAsync(node.Jobs, await node.Jobs.TriggerAsync(JobKind.DeadlineRisk, null, CancellationToken.None), Timeout);
        Assert.True(risk.State == JobStates.Succeeded, risk.Message);
        var risks = await node.Risks.LatestAsync(CancellationToken.None);
        Assert.Contains(risks, r => r.SiteId == started.Id);

        var from = new DateOnly(2026, 1, 1);
        var replan = await JobWaits.FinishedAsync(node.Jobs, await node.Jobs.EnqueueReplanAsync(v1, from, "planer", CancellationToken.None), Timeout);
        Assert.True(replan.State == JobStates.Succeeded, replan.Message);
        var versions = await plans.ListAsync(CancellationToken.None);
        Assert.Equal(2, versions.Count);
        var v2 = versions[0];
        Assert.Equal(replan.PlanVersion, v2.Version);
        Assert.Equal(v1, v2.BasedOnVersion);
        Assert.Equal(from, v2.ReplanFrom);
        var kept = (await plans.SitesAsync(v2.Version, CancellationToken.None)).Single(s => s.Id == started.Id);
        Assert.Equal(started.Technology, kept.Technology);
        Assert.Contains("1 Liegenschaften festgehalten", replan.Message, StringComparison.Ordinal);
    }
}
