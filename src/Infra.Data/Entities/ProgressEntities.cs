using Infra.Core.Progress;

namespace Infra.Data.Entities;

// Rows of the progress and KPI tables of schema script 002; EF binds the constructors.

/// <summary>Row of <c>progress_reports</c>: one imported report, found again by its SHA-256; <c>Id</c> generated on insert.</summary>
internal sealed record ProgressReportEntity(long Id, string FileName, string Sha256, string Source, DateTimeOffset ImportedAt,
    int RowCount, int NewRows, int ChangedRows, int UnchangedRows);

/// <summary>Row of <c>site_milestones</c>, with the report that last changed it.</summary>
internal sealed record SiteMilestoneEntity(string SiteId, Milestone Milestone, DateOnly? PlannedDate, DateOnly? ActualDate,
    MilestoneStatus Status, long? ReportId);

/// <summary>Row of <c>trench_progress</c>, with the report that last changed it.</summary>
internal sealed record TrenchProgressEntity(string TrenchId, double MetresBuilt, DateOnly ReportedOn, long? ReportId);

/// <summary>Row of <c>kpi_snapshots</c>: headline figures as columns (for SQL and history), the whole figures as JSON.</summary>
internal sealed record KpiSnapshotEntity(long Id, DateTimeOffset TakenAt, DateOnly AsOf, long? PlanVersion, int Sites, int Connected,
    double ConnectedShare, double WlanShare, double PlannedShare, int SitesAtRisk, string FiguresJson);
