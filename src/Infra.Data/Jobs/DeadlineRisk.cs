namespace Infra.Data.Jobs;

/// <summary>A site's projected go-live against the deadline, as the deadline-risk job stored it.</summary>
public sealed record DeadlineRisk(string SiteId, string Name, string District, string Technology, DateOnly? PlannedLive,
    DateOnly? ProjectedLive, bool MissesDeadline, string Reason);
