namespace Infra.Status.Model;

/// <summary>Recorded progress rows (milestones and trenches) of one report source.</summary>
public sealed record DataSource(string Source, int Rows, bool Synthetic);
