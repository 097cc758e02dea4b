namespace Infra.Data.Jobs;

/// <summary>The kinds of background job (names stored in <c>job_runs.kind</c>).</summary>
public enum JobKind
{
    Solve,
    ProgressImport,
    KpiSnapshot,
    DeadlineRisk,
    Replan,
}
