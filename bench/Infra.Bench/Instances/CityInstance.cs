using Infra.Cli.Commands;
using Infra.Core.Network;
using Infra.Core.Scenarios;
using Infra.Scenarios;
using Infra.Geo.GeoJson;

namespace Infra.Bench.Instances;

/// <summary>The default city: the scenario file and the geodata it names, as <c>infra plan</c> reads them.</summary>
internal sealed class CityInstance : BenchInstance
{
    public override string Name => "stadt";

    public override int DefaultRuns => 3;

    public override (Scenario Scenario, GeoInventory Inventory) Load(string scenarioPath)
    {
        var scenario = ScenarioFile.Load(scenarioPath);
        return (scenario, LayerFileSet.ReadInventory(ScenarioInputFiles.Resolve(scenario, scenarioPath), new GeoJsonReadOptions()));
    }
}
