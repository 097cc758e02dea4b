using Infra.Core.Plans;

namespace Infra.Web.Endpoints.Plans.Views;

/// <summary>Budgeted CAPEX of one year, €.</summary>
[SnakeCaseJson]
public sealed record YearCapex(int Year, double CapexEur);
