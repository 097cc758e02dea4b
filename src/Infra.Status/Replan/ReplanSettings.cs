namespace Infra.Status.Replan;

/// <summary>Time limits of a re-plan as of a Stichtag (null: the scenario's).</summary>
/// <param name="DesignSeconds">Network design of what is not built (default: the scenario's solver limit).</param>
/// <param name="ScheduleSeconds">Rollout schedule of the re-plan (default: half the design limit, at least 5 s).</param>
/// <param name="VerifySeconds">Each schedule re-plan that verifies a measure.</param>
public sealed record ReplanSettings(double? DesignSeconds = null, double? ScheduleSeconds = null, double VerifySeconds = 5);
