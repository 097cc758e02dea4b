namespace Infra.Core.Scenarios;

/// <summary>
/// A planning scenario: dates, money, capacity, costs and policies. Loaded from a YAML file in <c>scenarios/</c>.
/// </summary>
public sealed record Scenario
{
    public required string Name { get; init; }

    public string Description { get; init; } = "";

    public DateOnly PlanningStart { get; init; } = new(2019, 1, 1);

    public DateOnly Deadline { get; init; } = new(2028, 6, 30);

    /// <summary>TCO horizon in years from the planning start.</summary>
    public int HorizonYears { get; init; } = 20;

    /// <summary>Discount rate per year (0.025 = 2.5 %).</summary>
    public double DiscountRate { get; init; } = 0.025;

    public CostParameters Costs { get; init; } = new();

    public Capacities Capacities { get; init; } = new();

    public Policies Policies { get; init; } = new();

    public WlanRule Wlan { get; init; } = new();

    public SolverSettings Solver { get; init; } = new();

    /// <summary>Geodata layer files this scenario plans on, relative to the scenario file; empty means the database.</summary>
    public ScenarioInputs Inputs { get; init; } = new();
}
