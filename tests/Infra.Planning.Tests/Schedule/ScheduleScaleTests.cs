using System.Diagnostics;
using System.Globalization;
using Infra.Planning.Schedule;
using Xunit.Abstractions;

namespace Infra.Planning.Tests.Schedule;

/// <summary>The default city's size: about 870 sites, 1,400 built edges, 38 quarters to the deadline, 20-year horizon.</summary>
public sealed class ScheduleScaleTests(ITestOutputHelper output)
{
    [Fact]
    public void CitySizedDesignIsScheduledWithinTheTimeLimit()
    {
        var (instance, design) = RandomInstances.Tree(42, sites: 870, trench: 6600, budget: 6_000_000, streets: 900,
            deadline: "2028-06-30", horizonYears: 20, start: "2019-01-01", radio: 10);
        var options = new ScheduleOptions { TimeLimitSeconds = 30, Threads = 2 };
        var clock = Stopwatch.StartNew();

        var schedule = RolloutScheduler.Build(instance, design, options);

        clock.Stop();
        var f = schedule.Figures;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"edges {design.EdgeBuilt.Count(b => b)}, method {f.Method}, objective {f.Objective:F1}, bound {f.BestBound:F1}, gap {f.Gap:P1}, baseline {f.BaselineObjective:F1}, {clock.Elapsed.TotalSeconds:F1} s, misses {schedule.DeadlineMisses.Count}, extra {schedule.ExtraCapacity}"));
        Assert.Empty(ScheduleChecker.Check(instance, design, schedule));
        Assert.True(f.Objective <= f.BaselineObjective + 1e-9);
        Assert.True(clock.Elapsed.TotalSeconds < options.TimeLimitSeconds + 15, $"took {clock.Elapsed.TotalSeconds} s");
    }
}
