using Infra.Core.Network;
using Infra.Core.Scenarios;

namespace Infra.Bench.Instances;

/// <summary>
/// One benchmark instance: a scenario and an inventory. Adding an instance is one small subclass registered in
/// <see cref="BenchInstances.All"/>.
/// </summary>
internal abstract class BenchInstance
{
    /// <summary>Name on the command line and in the JSON (e.g. "stadt", "region-10000").</summary>
    public abstract string Name { get; }

    /// <summary>Runs per configuration whose median is reported (3 for the city, 1 for instances of several minutes).</summary>
    public virtual int DefaultRuns => 1;

    /// <summary>The schedule's time limit, seconds.</summary>
    public virtual double ScheduleSeconds(Scenario scenario) => Math.Max(5, scenario.Solver.TimeLimitSeconds / 2);

    /// <summary>Loads the scenario and the inventory (the city from its files, generated instances by seed).</summary>
    public abstract (Scenario Scenario, GeoInventory Inventory) Load(string scenarioPath);
}
