using Infra.Planning.Design;
using Infra.Planning.Instance;
using Infra.Planning.Plans;
using Infra.Planning.Schedule;

namespace Infra.Planning.Pipeline;

/// <summary>Everything one planning run produced: the instance, the optimiser's result, the plan and its schedule.</summary>
public sealed record PlanOutcome(PlanningInstance Instance, DesignOptimizerResult Result, Plan Plan, Schedule.Schedule Schedule);
