namespace Infra.Status.Model;

/// <summary>A stored plan version the status refers to.</summary>
/// <param name="Version">Plan version number.</param>
/// <param name="Label">The role as a code, "baseline" or "replan" (German words in the glossary, domain plan_label), or "" for an unlabelled version.</param>
/// <param name="CreatedAt">When it was stored.</param>
/// <param name="PlanningStart">First day it plans from.</param>
public sealed record PlanReference(long Version, string Label, DateTimeOffset CreatedAt, DateOnly? PlanningStart);
