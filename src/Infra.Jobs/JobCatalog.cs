using Infra.Jobs.Jobs;
using Quartz;

namespace Infra.Jobs;

/// <summary>Which Quartz job class runs which kind, and the keys of the recurring schedules.</summary>
internal static class JobCatalog
{
    public const string SchedulesGroup = "schedules";

    public static readonly JobKey KpiSchedule = new("kpi-nightly", SchedulesGroup);

    public static readonly JobKey ImportPollSchedule = new("progress-poll", SchedulesGroup);

    public static Type TypeOf(JobKind kind) => kind switch
    {
        JobKind.Solve => typeof(SolveJob),
        JobKind.ProgressImport => typeof(ProgressImportJob),
        JobKind.KpiSnapshot => typeof(KpiSnapshotJob),
        JobKind.DeadlineRisk => typeof(DeadlineRiskJob),
        JobKind.Replan => typeof(ReplanJob),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown job kind"),
    };

    /// <summary>A queued run's job: its id is the run id, its group the kind; recovered after a crash.</summary>
    public static JobKey KeyOf(string runId, JobKind kind) => new(runId, kind.ToString());
}
