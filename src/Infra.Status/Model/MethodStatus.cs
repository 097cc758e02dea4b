namespace Infra.Status.Model;

/// <summary>How the plans were made, and one German paragraph on the method.</summary>
public sealed record MethodStatus(PlanMethod Baseline, PlanMethod? Replan, string Text);
