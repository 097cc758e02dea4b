namespace Infra.Bench.Instances;

/// <summary>The instances the solver bench knows, by name.</summary>
internal static class BenchInstances
{
    public static IReadOnlyList<BenchInstance> All { get; } = [new CityInstance(), new RegionInstance(), new StateInstance()];

    public static BenchInstance Find(string name) =>
        All.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new Core.Inputs.InputException($"Instanz '{name}' unbekannt; bekannt: {string.Join(", ", All.Select(i => i.Name))}");
}
