using System.Reflection;
using Hangfire.Common;
using Infra.Data.Jobs;
using Infra.Jobs.Execution;
using Infra.Jobs.Jobs;

namespace Infra.Jobs;

/// <summary>Which job class runs which kind, the German titles the Hangfire dashboard shows, and the recurring schedules.</summary>
internal static class JobCatalog
{
    public const string KpiSchedule = "kpi-snapshot";

    public const string DropFolderSchedule = "drop-folder-poll";

    public const string RiskSchedule = "deadline-risk";

    private static readonly MethodInfo Queued = typeof(InfraJob).GetMethod(nameof(InfraJob.RunAsync))!;

    private static readonly MethodInfo Scheduled = typeof(InfraJob).GetMethod(nameof(InfraJob.ScheduledAsync))!;

    public static Type TypeOf(JobKind kind) => kind switch
    {
        JobKind.Solve => typeof(SolveJob),
        JobKind.ProgressImport => typeof(ProgressImportJob),
        JobKind.KpiSnapshot => typeof(KpiSnapshotJob),
        JobKind.DeadlineRisk => typeof(DeadlineRiskJob),
        JobKind.Replan => typeof(ReplanJob),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown job kind"),
    };

    public static string Title(JobKind kind) => kind switch
    {
        JobKind.Solve => "Planung",
        JobKind.ProgressImport => "Meldungsimport aus dem Ablageordner",
        JobKind.KpiSnapshot => "Kennzahlen-Schnappschuss",
        JobKind.DeadlineRisk => "Fristrisiko-Prognose",
        JobKind.Replan => "Neuplanung",
        _ => kind.ToString(),
    };

    /// <summary>The Hangfire job of a queued run: the run id is its only real argument (the parameters are in <c>job_runs</c>).</summary>
    public static Job QueuedJob(string runId, JobKind kind, string? detail = null) =>
        new(TypeOf(kind), Queued, runId, detail is null ? Title(kind) : $"{Title(kind)} {detail}", null, CancellationToken.None);

    /// <summary>The Hangfire job a recurring schedule fires.</summary>
    public static Job ScheduledJob(JobKind kind) => new(TypeOf(kind), Scheduled, Title(kind), null, CancellationToken.None);

    /// <summary>The recurring schedules: id, kind, cron.</summary>
    public static IReadOnlyList<(string Id, JobKind Kind, string Cron)> Schedules(JobsOptions options) =>
    [
        (KpiSchedule, JobKind.KpiSnapshot, options.KpiCron),
        (DropFolderSchedule, JobKind.ProgressImport, options.ProgressPollCron),
        (RiskSchedule, JobKind.DeadlineRisk, options.RiskCron),
    ];
}
