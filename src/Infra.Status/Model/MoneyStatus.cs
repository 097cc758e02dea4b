namespace Infra.Status.Model;

/// <summary>Money: CAPEX per year against the budget, and the headline figures with their scope.</summary>
/// <param name="Years">From the project start to the last year with spending.</param>
/// <param name="BaselineCapex">The Ausgangsplan's CAPEX, all years.</param>
/// <param name="ActualCapexEstimated">Estimated CAPEX of what is built by the Stichtag.</param>
/// <param name="ReplanCapex">The Fortschreibung's CAPEX from its start (what is still to spend), or null.</param>
public sealed record MoneyStatus(IReadOnlyList<YearMoney> Years, MoneyFigure BaselineCapex, MoneyFigure ActualCapexEstimated, MoneyFigure? ReplanCapex);
