using Infra.Core.Scenarios;
using Infra.Planning.Instance;
using Infra.Planning.Schedule;

namespace Infra.Planning.Replan;

/// <summary>
/// Finds, for a design whose schedule misses the deadline, the smallest raise of each lever — civil-works metres per
/// quarter, CAPEX budget per year, Richtfunk installs per quarter, and (only when no single lever is confirmed) all three by
/// one share — with which every site that can be served has its own uplink by the deadline. The search bisects on
/// multiples of a resolution with the list scheduler (fast, the schedule's baseline); the figure found is then verified
/// by re-planning the schedule with it (<see cref="RolloutScheduler"/> with the caller's options), raised once by a
/// quarter (at least one step) if the re-plan does not confirm it, and lowered by a few more re-plans where they still
/// confirm less. What the last confirming (or, failing that, the last) re-plan says is reported.
/// </summary>
public static class MeasureSearch
{
    /// <summary>
    /// The measures for <paramref name="design"/> on <paramref name="instance"/>, raising the levers from
    /// <paramref name="basis"/> (the scenario's capacities, or those with the civil-works rate observed so far);
    /// <paramref name="current"/> is the schedule under the basis, the one the costs are compared with. Empty when it
    /// already holds the deadline for every site that can be served.
    /// </summary>
    public static IReadOnlyList<Measure> Find(
        PlanningInstance instance,
        NetworkDesign design,
        Capacities basis,
        Schedule.Schedule current,
        ScheduleOptions verify,
        MeasureOptions? options = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(verify);
        options ??= new MeasureOptions();
        if (DeadlineForecast.Of(instance, design, current).HoldsForAll)
        {
            return [];
        }

        var caps = basis;
        var levers = new (MeasureKind Kind, double Base, double Step, Func<double, Capacities> Apply)[]
        {
            (MeasureKind.TrenchCapacity, caps.TrenchMetresPerQuarter, options.TrenchResolutionMetres,
                x => caps with { TrenchMetresPerQuarter = caps.TrenchMetresPerQuarter + x }),
            (MeasureKind.Budget, caps.CapexBudgetPerYear, options.BudgetResolutionEuro, x => WithBudget(caps, x)),
            (MeasureKind.RadioInstalls, caps.RadioInstallsPerQuarter, 1,
                x => caps with { RadioInstallsPerQuarter = caps.RadioInstallsPerQuarter + (int)Math.Round(x) }),
            (MeasureKind.Combined, 1, options.CombinedResolution, r => Scaled(caps, r)),
        };
        var measures = new List<Measure>();
        foreach (var (kind, baseValue, step, apply) in levers)
        {
            ct.ThrowIfCancellationRequested();
            if (kind == MeasureKind.Combined && measures.Any(m => m.Verified))
            {
                break;   // one lever alone is confirmed: raising all of them says nothing more
            }

            var ceiling = Math.Max(1, (long)Math.Ceiling(options.CeilingFactor * Math.Max(baseValue, step) / step));
            if (Search(0, ceiling, k => Holds(instance, design, apply(k * step), verify, ct)) is not { } found)
            {
                measures.Add(new Measure(kind, null, baseValue, false, null, 0, 0, 0));
                continue;
            }

            measures.Add(Verified(instance, design, current, verify, options, kind, baseValue, k => apply(k * step), found, step, ct));
        }

        return measures;
    }

    /// <summary>
    /// Verifies the list scheduler's figure by re-planning the schedule with it (raised once by a quarter if the re-plan
    /// does not confirm it), then looks below it with a few more re-plans: the list scheduler is weaker than the re-planned
    /// schedule, so less may do. The smallest confirmed figure is returned.
    /// </summary>
    private static Measure Verified(PlanningInstance instance, NetworkDesign design, Schedule.Schedule current, ScheduleOptions verify,
        MeasureOptions options, MeasureKind kind, double baseValue, Func<long, Capacities> at, long found, double step, CancellationToken ct)
    {
        var k = found;
        var best = Replan(instance, design, at(k), verify, ct);
        if (!best.Forecast.HoldsForAll)
        {
            k = Math.Max(k + 1, (long)Math.Ceiling(k * 1.25));
            best = Replan(instance, design, at(k), verify, ct);
        }

        if (best.Forecast.HoldsForAll)
        {
            var (lo, hi) = (-1L, k);
            for (var probe = 0; probe < options.RefineProbes && hi - lo > 1; probe++)
            {
                var mid = lo + ((hi - lo) / 2);
                var trial = Replan(instance, design, at(mid), verify, ct);
                if (trial.Forecast.HoldsForAll)
                {
                    (hi, best) = (mid, trial);
                }
                else
                {
                    lo = mid;
                }
            }

            k = hi;
        }

        var deadlineYear = instance.Scenario.Deadline.Year;
        return new Measure(kind, k * step, baseValue, best.Forecast.HoldsForAll, best.Forecast,
            ScheduleMoney.CapexThrough(best.Schedule, deadlineYear) - ScheduleMoney.CapexThrough(current, deadlineYear),
            ScheduleMoney.Bridging(current) - ScheduleMoney.Bridging(best.Schedule),
            ScheduleMoney.Total(best.Schedule) - ScheduleMoney.Total(current));
    }

    /// <summary>The list schedule (no MIP, no local search; the caller's earliest starts) with these capacities holds the deadline for all.</summary>
    private static bool Holds(PlanningInstance instance, NetworkDesign design, Capacities capacities, ScheduleOptions verify, CancellationToken ct)
    {
        var changed = instance.WithScenario(instance.Scenario with { Capacities = capacities });
        var schedule = RolloutScheduler.Build(changed, design, verify with { UseMip = false, ComputeExtraCapacity = false }, ct);
        return DeadlineForecast.Of(changed, design, schedule).HoldsForAll;
    }

    /// <summary>The schedule of <paramref name="design"/> re-planned with <paramref name="capacities"/>, and its forecast.</summary>
    internal static (Schedule.Schedule Schedule, DeadlineForecast Forecast) Replan(
        PlanningInstance instance, NetworkDesign design, Capacities capacities, ScheduleOptions verify, CancellationToken ct)
    {
        var changed = instance.WithScenario(instance.Scenario with { Capacities = capacities });
        var schedule = RolloutScheduler.Build(changed, design, verify with { ComputeExtraCapacity = false }, ct);
        return (schedule, DeadlineForecast.Of(changed, design, schedule));
    }

    /// <summary>
    /// Bisection for the boundary in floor..ceiling: holds(result) and not holds(result − 1) (or result = floor); null when
    /// holds(ceiling) fails.
    /// </summary>
    private static long? Search(long floor, long ceiling, Func<long, bool> holds)
    {
        if (holds(floor))
        {
            return floor;
        }

        if (!holds(ceiling))
        {
            return null;
        }

        var (lo, hi) = (floor, ceiling);
        while (hi - lo > 1)
        {
            var mid = lo + ((hi - lo) / 2);
            if (holds(mid))
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        return hi;
    }

    private static Capacities WithBudget(Capacities caps, double extra) => caps with
    {
        CapexBudgetPerYear = caps.CapexBudgetPerYear + extra,
        CapexBudgetByYear = caps.CapexBudgetByYear.ToDictionary(p => p.Key, p => p.Value + extra),
    };

    private static Capacities Scaled(Capacities caps, double share) => caps with
    {
        TrenchMetresPerQuarter = caps.TrenchMetresPerQuarter * (1 + share),
        RadioInstallsPerQuarter = (int)Math.Ceiling(caps.RadioInstallsPerQuarter * (1 + share)),
        CapexBudgetPerYear = caps.CapexBudgetPerYear * (1 + share),
        CapexBudgetByYear = caps.CapexBudgetByYear.ToDictionary(p => p.Key, p => p.Value * (1 + share)),
    };
}
