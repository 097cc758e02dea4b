using Infra.Core.Scenarios;
using Infra.Planning.Instance;
using Infra.Planning.Schedule;

namespace Infra.Planning.Replan;

/// <summary>
/// Builds the <see cref="ReplanOutlook"/> of a re-plan (no I/O): the forecast of its schedule, the forecast with the
/// civil-works rate observed so far (its design re-scheduled with that rate, same options as a measure's verification),
/// and the measures raising whichever capacities miss the deadline.
/// </summary>
public static class OutlookBuilder
{
    /// <param name="instance">The re-plan's instance (its scenario starts at <paramref name="replanStart"/>).</param>
    /// <param name="design">The re-plan's design.</param>
    /// <param name="schedule">The re-plan's schedule.</param>
    /// <param name="stichtag">The Stichtag.</param>
    /// <param name="replanStart">First day of the re-plan.</param>
    /// <param name="observedTrenchMetresPerQuarter">Civil-works rate reached so far, or null.</param>
    /// <param name="fixes">What the re-plan took over.</param>
    /// <param name="verify">Options of the schedule re-plans that verify the measures.</param>
    /// <param name="measureOptions">Resolution of the measure search.</param>
    /// <param name="ct">Cancels between and inside the re-plans.</param>
    public static ReplanOutlook Build(
        PlanningInstance instance,
        NetworkDesign design,
        Schedule.Schedule schedule,
        DateOnly stichtag,
        DateOnly replanStart,
        double? observedTrenchMetresPerQuarter,
        ReplanCounts fixes,
        ScheduleOptions verify,
        MeasureOptions? measureOptions = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(verify);
        var deadline = instance.Scenario.Deadline;
        var passed = Quarter.FromDate(replanStart) > Quarter.FromDate(deadline);
        var forecast = DeadlineForecast.Of(instance, design, schedule);
        var capacities = instance.Scenario.Capacities;
        (Capacities Capacities, Schedule.Schedule Schedule, DeadlineForecast Forecast)? observed = null;
        if (!passed && observedTrenchMetresPerQuarter is { } rate && rate < capacities.TrenchMetresPerQuarter)
        {
            var slower = capacities with { TrenchMetresPerQuarter = rate };
            var (s, f) = MeasureSearch.Replan(instance, design, slower, verify, ct);
            observed = (slower, s, f);
        }

        // Measures raise what binds: the scenario's capacities when the Fortschreibung itself misses, else the capacities
        // with the civil-works rate observed so far when that misses.
        IReadOnlyList<Measure> measures = [];
        var basis = MeasureBasis.None;
        if (!passed && !forecast.HoldsForAll)
        {
            basis = MeasureBasis.Scenario;
            measures = MeasureSearch.Find(instance, design, capacities, schedule, verify, measureOptions, ct);
        }
        else if (!passed && observed is { Forecast.HoldsForAll: false } o)
        {
            basis = MeasureBasis.Observed;
            measures = MeasureSearch.Find(instance, design, o.Capacities, o.Schedule, verify, measureOptions, ct);
        }

        return new ReplanOutlook(stichtag, replanStart, deadline, passed, forecast, ScheduleMoney.Bridging(schedule),
            observedTrenchMetresPerQuarter, observed?.Forecast, observed is { } x ? ScheduleMoney.Bridging(x.Schedule) : null,
            basis, measures, fixes);
    }
}
