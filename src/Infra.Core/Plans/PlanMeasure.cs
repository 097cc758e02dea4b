namespace Infra.Core.Plans;

/// <summary>One measure (code, German sentence, cost, figures by snake_case name with unit).</summary>
[SnakeCaseJson]
public sealed record PlanMeasure(string Code, string Message, double CostEur, IReadOnlyDictionary<string, double> Figures);
