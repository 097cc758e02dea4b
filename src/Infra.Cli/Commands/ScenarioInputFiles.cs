using Infra.Core.Scenarios;
using Infra.Data.Import;

namespace Infra.Cli.Commands;

/// <summary>The geodata files a scenario names, per layer, as paths relative to the scenario file's folder.</summary>
internal static class ScenarioInputFiles
{
    /// <summary>The default scenario: the one <c>infra import --default</c> and <c>tools/demo.sh</c> use.</summary>
    public static readonly string DefaultScenario = Path.Combine("scenarios", "dortmund-2028.yaml");

    public static IReadOnlyDictionary<Layer, IReadOnlyList<string>> Resolve(Scenario scenario, string scenarioPath)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var folder = Path.GetDirectoryName(Path.GetFullPath(scenarioPath)) ?? ".";
        IReadOnlyList<string> Full(IReadOnlyList<string> paths) =>
            paths.Select(p => Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(Path.Combine(folder, p)))).ToArray();
        var inputs = scenario.Inputs;
        var files = new Dictionary<Layer, IReadOnlyList<string>>
        {
            [Layer.Sites] = Full(inputs.Sites),
            [Layer.Routes] = Full(inputs.Routes),
            [Layer.AccessPoints] = Full(inputs.AccessPoints),
            [Layer.Streets] = Full(inputs.Streets),
            [Layer.Hubs] = Full(inputs.Hubs),
            [Layer.Obstacles] = Full(inputs.Obstacles),
        };
        return files.Where(f => f.Value.Count > 0).ToDictionary(f => f.Key, f => f.Value);
    }
}
