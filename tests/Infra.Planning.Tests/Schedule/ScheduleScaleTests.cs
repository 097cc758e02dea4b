using System.Diagnostics;
using System.Globalization;
using Infra.Core.Scenarios;
using Infra.Geo.Synthetic;
using Infra.Planning.Baseline;
using Infra.Planning.Instance;
using Infra.Planning.Schedule;
using Xunit.Abstractions;

namespace Infra.Planning.Tests.Schedule;

/// <summary>The default city's size: about 870 sites, 1,400 built edges, 38 quarters to the deadline, 20-year horizon.</summary>
public sealed class ScheduleScaleTests(ITestOutputHelper output)
{
    private static readonly DistrictCentre[] Districts =
    [
        new("Aplerbeck", 399545, 5705650), new("Brackel", 401088, 5709358), new("Eving", 394331, 5712785),
        new("Hombruch", 392052, 5703511), new("Huckarde", 388094, 5709732), new("Hörde", 395786, 5703443),
        new("Innenstadt Nord", 393477, 5709386), new("Innenstadt Ost", 395165, 5707194),
        new("Innenstadt West", 392219, 5707679), new("Lütgendortmund", 385693, 5706652),
        new("Mengede", 387575, 5713488), new("Scharnhorst", 399260, 5712642),
    ];

    /// <summary>The synthetic city's greedy design; with a quarter of the default civil-works capacity the deadline is tight.</summary>
    [Theory]
    [InlineData(6600)]
    [InlineData(1650)]
    public void SyntheticCityGreedyDesignIsScheduledWithinTheTimeLimit(double trenchPerQuarter)
    {
        var city = CitySynthesizer.Generate(new SynthesisOptions { Districts = Districts });
        var scenario = new Scenario { Name = "Stadt", Capacities = new Capacities { TrenchMetresPerQuarter = trenchPerQuarter } };
        var instance = PlanningInstanceBuilder.Build(scenario, city);
        var design = GreedyBaseline.Solve(instance, CancellationToken.None);
        var options = new ScheduleOptions { TimeLimitSeconds = 30, Threads = 2 };
        var clock = Stopwatch.StartNew();

        var schedule = RolloutScheduler.Build(instance, design, options);

        clock.Stop();
        Report(schedule, design, clock.Elapsed);
        Assert.Empty(ScheduleChecker.Check(instance, design, schedule));
        Assert.True(schedule.Figures.Objective <= schedule.Figures.BaselineObjective + 1e-9);
        Assert.True(clock.Elapsed.TotalSeconds < options.TimeLimitSeconds + 15, $"took {clock.Elapsed.TotalSeconds} s");
    }

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
        Report(schedule, design, clock.Elapsed);
        Assert.Empty(ScheduleChecker.Check(instance, design, schedule));
        Assert.True(f.Objective <= f.BaselineObjective + 1e-9);
        Assert.True(clock.Elapsed.TotalSeconds < options.TimeLimitSeconds + 15, $"took {clock.Elapsed.TotalSeconds} s");
    }

    private void Report(Infra.Planning.Schedule.Schedule schedule, NetworkDesign design, TimeSpan elapsed)
    {
        var f = schedule.Figures;
        var atDeadline = schedule.Quarters.Single(k => k.Quarter == schedule.Deadline);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sites {schedule.Sites.Count}, built edges {design.EdgeBuilt.Count(b => b)}, method {f.Method}, objective {f.Objective:F1}, "
            + $"bound {f.BestBound:F1}, gap {f.Gap:P1}, baseline {f.BaselineObjective:F1}, {elapsed.TotalSeconds:F1} s, "
            + $"connected at deadline {atDeadline.ConnectedShare:P1}, misses {schedule.DeadlineMisses.Count}, extra {schedule.ExtraCapacity}"));
    }
}
