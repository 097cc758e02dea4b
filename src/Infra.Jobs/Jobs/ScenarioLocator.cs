using Infra.Core.Inputs;
using Infra.Core.Scenarios;
using Infra.Scenarios;

namespace Infra.Jobs.Jobs;

/// <summary>Finds a scenario by name in the scenario folder: <c>&lt;name&gt;.yaml</c>/<c>.yml</c>, else a file whose <c>name:</c> is it.</summary>
internal static class ScenarioLocator
{
    public static Scenario Load(string folder, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.IndexOfAny(['/', '\\']) >= 0 || name.Contains("..", StringComparison.Ordinal))
        {
            throw new InputException($"Szenarioname '{name}' ist ungültig");
        }

        foreach (var extension in new[] { ".yaml", ".yml" })
        {
            var path = Path.Combine(folder, name + extension);
            if (File.Exists(path))
            {
                return ScenarioFile.Load(path);
            }
        }

        if (Directory.Exists(folder))
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*.y*ml").Order(StringComparer.Ordinal))
            {
                try
                {
                    var scenario = ScenarioFile.Load(path);
                    if (scenario.Name == name)
                    {
                        return scenario;
                    }
                }
                catch (InputException)
                {
                    // A broken neighbour is not the scenario asked for.
                }
            }
        }

        throw new InputException($"Szenario '{name}' nicht gefunden in {Path.GetFullPath(folder)}");
    }
}
