using Infra.Planning.Design;
using Infra.Planning.Instance;
using Infra.Planning.Plans;
using Infra.Planning.Schedule;

namespace Infra.Cli.Output;

/// <summary>Everything one planning run produced: the instance, the optimiser's result, the plan and its schedule.</summary>
internal sealed record PlanOutcome(PlanningInstance Instance, DesignOptimizerResult Result, Plan Plan, Schedule Schedule);
