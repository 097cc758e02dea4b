namespace Infra.Core.Scenarios;

/// <summary>Paths of the geodata layers a scenario plans on (GeoJSON or school CSV), relative to the scenario file.</summary>
public sealed record ScenarioInputs
{
    public IReadOnlyList<string> Sites { get; init; } = [];

    public IReadOnlyList<string> Routes { get; init; } = [];

    public IReadOnlyList<string> AccessPoints { get; init; } = [];

    public IReadOnlyList<string> Streets { get; init; } = [];

    public IReadOnlyList<string> Hubs { get; init; } = [];

    public IReadOnlyList<string> Obstacles { get; init; } = [];

    public bool IsEmpty => Sites.Count == 0;
}
