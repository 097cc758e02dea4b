namespace Infra.Core.Plans;

/// <summary>
/// Smallest extra civil-works metres per quarter and, separately, extra budget per year with which the deadline
/// holds for every schedulable site; null where even ten times the scenario's value does not.
/// </summary>
[SnakeCaseJson]
public sealed record ExtraCapacity(double? TrenchMPerQuarter, double? BudgetEurPerYear);
