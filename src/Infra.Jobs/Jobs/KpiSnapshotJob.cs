using Infra.Data.Kpis;
using Infra.Data.Plans;
using Infra.Data.Jobs;
using Infra.Jobs.Execution;

namespace Infra.Jobs.Jobs;

/// <summary>Stores today's KPIs of the newest plan version (nightly by cron and on demand).</summary>
internal sealed class KpiSnapshotJob(JobRuntime runtime) : InfraJob(runtime)
{
    protected override JobKind Kind => JobKind.KpiSnapshot;

    protected override async Task<JobOutcome> RunAsync(JobRunContext run)
    {
        var ct = run.CancellationToken;
        var db = await Runtime.AppDatabaseAsync(ct).ConfigureAwait(false);
        var latest = await new PlanStore(db, Runtime.Time).LatestAsync(null, ct).ConfigureAwait(false);
        if (latest is null)
        {
            return new JobOutcome("keine Planversion gespeichert – keine Kennzahlen");
        }

        var figures = await KpiService.CurrentAsync(db, latest.Version, Runtime.Today, ct).ConfigureAwait(false);
        var id = await new KpiStore(db).SaveAsync(latest.Version, figures, Runtime.Time.GetUtcNow(), ct).ConfigureAwait(false);
        return new JobOutcome(
            $"Kennzahlen {id} gespeichert: {figures.Connected} von {figures.Sites} angebunden (Plan {latest.Version})", latest.Version);
    }
}
