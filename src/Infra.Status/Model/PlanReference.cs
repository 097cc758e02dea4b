namespace Infra.Status.Model;

/// <summary>A stored plan version the status refers to.</summary>
/// <param name="Version">Plan version number.</param>
/// <param name="Label">"Ausgangsplan", "Fortschreibung" or "" for an unlabelled version.</param>
/// <param name="CreatedAt">When it was stored.</param>
/// <param name="PlanningStart">First day it plans from.</param>
public sealed record PlanReference(long Version, string Label, DateTimeOffset CreatedAt, DateOnly? PlanningStart);
