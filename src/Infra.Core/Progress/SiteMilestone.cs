namespace Infra.Core.Progress;

/// <summary>One milestone of one site: planned date, actual date (when done) and status.</summary>
public sealed record SiteMilestone(string SiteId, Milestone Milestone, DateOnly? PlannedDate, DateOnly? ActualDate, MilestoneStatus Status);
