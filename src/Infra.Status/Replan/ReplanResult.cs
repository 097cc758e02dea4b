using Infra.Planning.Pipeline;
using Infra.Planning.Replan;

namespace Infra.Status.Replan;

/// <summary>A stored re-plan: its version, the version it continues, the planning outcome and its outlook.</summary>
public sealed record ReplanResult(long Version, long BaseVersion, PlanOutcome Outcome, ReplanOutlook Outlook);
