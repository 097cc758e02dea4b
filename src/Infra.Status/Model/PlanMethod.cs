namespace Infra.Status.Model;

/// <summary>How one plan was made.</summary>
/// <param name="DesignStatus">The network design's solver status ("optimal", "time-limit" …).</param>
/// <param name="DesignGap">Its proven gap (0..1), or null.</param>
/// <param name="BoundLabel">What the bound is valid for.</param>
/// <param name="ScheduleMethod">How the schedule was found.</param>
/// <param name="ScheduleGap">The schedule's gap (0..1), or null.</param>
public sealed record PlanMethod(string DesignStatus, double? DesignGap, string BoundLabel, string ScheduleMethod, double? ScheduleGap);
