using Infra.Core.Inputs;
using Infra.Core.Progress;

namespace Infra.Data.Progress;

/// <summary>
/// A milestone row of a report; <c>Row</c> is its 0-based index among the file's data rows or features, <c>Prefix</c>
/// starts its messages ("line 7: " in CSV, empty in GeoJSON where the feature index says where).
/// </summary>
internal sealed record MilestoneRow(int Row, string Prefix, string SiteId, Milestone Milestone, DateOnly? PlannedDate, DateOnly? ActualDate, MilestoneStatus Status)
{
    public SiteMilestone ToMilestone() => new(SiteId, Milestone, PlannedDate, ActualDate, Status);
}

/// <summary>A trench row of a report.</summary>
internal sealed record TrenchRow(int Row, string Prefix, string TrenchId, double MetresBuilt, DateOnly ReportedOn)
{
    public TrenchProgress ToProgress() => new(TrenchId, MetresBuilt, ReportedOn);
}

/// <summary>What a report holds after parsing: its rows and the problems found in them.</summary>
internal sealed record ParsedReport(string File, List<MilestoneRow> Milestones, List<TrenchRow> Trenches, List<InputError> Errors)
{
    public int Rows => Milestones.Count + Trenches.Count;
}
