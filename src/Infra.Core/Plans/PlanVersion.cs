namespace Infra.Core.Plans;

/// <summary>A stored plan version: its number, origin and summary (<c>GET /api/plans</c>, <c>/api/plans/{v}</c>).</summary>
/// <param name="Version">Version number, ascending.</param>
/// <param name="Scenario">Scenario name.</param>
/// <param name="CreatedAt">When it was stored (UTC).</param>
/// <param name="BasedOnVersion">For a re-plan: the version it continues.</param>
/// <param name="ReplanFrom">For a re-plan: the date from which it re-optimises.</param>
/// <param name="Summary">Totals, solver and schedule figures, verdicts.</param>
/// <param name="Label">Its role in the story as of a Stichtag: "Ausgangsplan" (the baseline), "Fortschreibung" (a re-plan), or null.</param>
/// <param name="PlanningStart">The first day it plans from, or null for versions stored before it was recorded.</param>
[SnakeCaseJson]
public sealed record PlanVersion(
    long Version,
    string Scenario,
    DateTimeOffset CreatedAt,
    long? BasedOnVersion,
    DateOnly? ReplanFrom,
    PlanSummary Summary,
    string? Label = null,
    DateOnly? PlanningStart = null);
