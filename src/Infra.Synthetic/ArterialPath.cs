namespace Infra.Synthetic;

/// <summary>A main road as a sequence of lattice nodes; backbone paths also carry an LWL route.</summary>
internal sealed record ArterialPath(int Id, IReadOnlyList<int> Nodes, bool Backbone, bool Ring);
