namespace Infra.Jobs.Execution;

/// <summary>What a finished job body reports: a German message for the history and the plan version it stored, if any.</summary>
internal sealed record JobOutcome(string Message, long? PlanVersion = null);
