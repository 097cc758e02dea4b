namespace Infra.Data.Progress;

/// <summary>Column (CSV) and property (GeoJSON) names of progress reports; German, stable, documented in docs/progress-reports.md.</summary>
internal static class ProgressColumns
{
    public const string SiteId = "liegenschaft_id";
    public const string Milestone = "meilenstein";
    public const string Planned = "geplant";
    public const string Actual = "ist";
    public const string Status = "status";
    public const string TrenchId = "trasse_id";
    public const string Metres = "meter_gebaut";
    public const string ReportedOn = "stand";

    public static readonly IReadOnlyList<string> MilestoneColumns = [SiteId, Milestone, Planned, Actual, Status];

    public static readonly IReadOnlyList<string> TrenchColumns = [TrenchId, Metres, ReportedOn];
}
