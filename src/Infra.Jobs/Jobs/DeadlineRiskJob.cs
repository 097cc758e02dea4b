using Infra.Core.Progress;
using Infra.Data.Plans;
using Infra.Data.Progress;
using Infra.Jobs.Execution;
using Infra.Jobs.Persistence;
using Infra.Core.Codes;
using Infra.Core.Tracking;

namespace Infra.Jobs.Jobs;

/// <summary>Projects the newest plan's unfinished sites with <see cref="DeadlineRiskProjector"/> and stores the result.</summary>
internal sealed class DeadlineRiskJob(JobRuntime runtime, RiskStore risks) : InfraJob(runtime)
{
    protected override JobKind Kind => JobKind.DeadlineRisk;

    protected override async Task<JobOutcome> RunAsync(JobRunContext run)
    {
        var ct = run.CancellationToken;
        var db = await Runtime.AppDatabaseAsync(ct).ConfigureAwait(false);
        var plans = new PlanStore(db, Runtime.Time);
        var latest = await plans.LatestAsync(null, ct).ConfigureAwait(false);
        if (latest is null)
        {
            return new JobOutcome("keine Planversion gespeichert – keine Prognose");
        }

        var progress = new ProgressStore(db, Runtime.Time);
        var sites = await plans.SitesAsync(latest.Version, ct).ConfigureAwait(false);
        var milestones = (await progress.MilestonesAsync(null, ct).ConfigureAwait(false)).ToLookup(m => m.SiteId, StringComparer.Ordinal);
        var inputs = sites.Select(s => new SiteTrackingInput(
            s.Id, s.Kind, s.District, s.Technology, s.LiveDate, milestones[s.Id].ToList(), s.MissesDeadline)).ToList();
        var trenches = (await plans.TrenchesAsync(latest.Version, ct).ConfigureAwait(false))
            .Select(t => new TrenchWork(t.Id, t.TrenchM)).ToList();
        IReadOnlyList<TrenchProgress> dug = await progress.TrenchProgressAsync(ct).ConfigureAwait(false);
        run.Progress.Report(0.5);

        var byId = sites.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var projected = DeadlineRiskProjector.Project(inputs, trenches, dug, Runtime.Today, latest.Summary.Deadline)
            .Select(p =>
            {
                var site = byId[p.SiteId];
                return new DeadlineRisk(p.SiteId, site.Name, site.District, EnumCodes.Of(site.Technology), p.PlannedLive, p.ProjectedLive, p.MissesDeadline, p.Reason);
            })
            .ToList();
        await risks.SaveAsync(run.RunId, latest.Version, Runtime.Time.GetUtcNow(), projected, ct).ConfigureAwait(false);
        return new JobOutcome(
            $"{projected.Count(r => r.MissesDeadline)} von {projected.Count} offenen Liegenschaften verfehlen die Frist (Plan {latest.Version})",
            latest.Version);
    }
}
