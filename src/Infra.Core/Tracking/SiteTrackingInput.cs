using Infra.Core.Codes;
using Infra.Core.Plans;
using Infra.Core.Progress;
using Infra.Core.Sites;

namespace Infra.Core.Tracking;

/// <summary>
/// What the KPI calculation needs of one site: its group keys, its planned live date and its reported milestones.
/// <paramref name="MissesDeadline"/> is the schedule's flag (neither uplink nor bridge live by the deadline).
/// </summary>
public sealed record SiteTrackingInput(
    string SiteId,
    SiteKind Kind,
    string District,
    PlanTechnology Technology,
    DateOnly? PlannedLive,
    IReadOnlyList<SiteMilestone> Milestones,
    bool MissesDeadline = false);
