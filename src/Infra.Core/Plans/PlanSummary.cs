namespace Infra.Core.Plans;

/// <summary>
/// The figures of a whole plan: the summary.json file, the <c>summary_json</c> column of a plan version and the
/// <c>summary</c> of <c>GET /api/plans/{v}</c>.
/// </summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Deadline">The scenario's deadline (e.g. 2028-06-30).</param>
/// <param name="Verdicts">Top-level verdicts, most severe first (empty when there is nothing to say).</param>
/// <param name="Totals">Money, metres and site counts.</param>
/// <param name="Solver">How well the network design was solved, with the greedy baseline beside it.</param>
/// <param name="Schedule">How the rollout schedule was found and whether the deadline holds.</param>
/// <param name="Forecast">Status and forecast as of a Stichtag, for plans made from progress (null otherwise).</param>
[SnakeCaseJson]
public sealed record PlanSummary(
    string Scenario,
    DateOnly Deadline,
    IReadOnlyList<PlanVerdict> Verdicts,
    PlanTotals Totals,
    SolverFigures Solver,
    ScheduleSummary Schedule,
    PlanForecast? Forecast = null);
