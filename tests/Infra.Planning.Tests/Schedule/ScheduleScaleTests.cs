using Infra.Core.Network;
using System.Diagnostics;
using System.Globalization;
using Infra.Core.Scenarios;
using Infra.Geo.Csv;
using Infra.Synthetic;
using Infra.Planning.Baseline;
using Infra.Planning.Instance;
using Infra.Planning.Schedule;
using Xunit.Abstractions;
using Infra.Planning.Preparation;

namespace Infra.Planning.Tests.Schedule;

/// <summary>The default city's size: about 870 sites, 1,400 built edges, 38 quarters to the deadline, 20-year horizon.</summary>
public sealed class ScheduleScaleTests(ITestOutputHelper output)
{
    /// <summary>The 12 Stadtbezirke from geodata/stadtbezirke-dortmund.csv (found upwards from the test binaries).</summary>
    private static IReadOnlyList<DistrictCentre> Districts()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "geodata", "stadtbezirke-dortmund.csv");
            if (File.Exists(file))
            {
                return DistrictCsv.Read(file);
            }
        }

        throw new FileNotFoundException("geodata/stadtbezirke-dortmund.csv not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The synthetic city's greedy design; with a quarter of the default civil-works capacity the deadline is tight.</summary>
    [Theory]
    [InlineData(6600)]
    [InlineData(1650)]
    public void SyntheticCityGreedyDesignIsScheduledWithinTheTimeLimit(double trenchPerQuarter)
    {
        var city = CitySynthesizer.Generate(new SynthesisOptions { Districts = Districts() });
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
        Assert.True(clock.Elapsed.TotalSeconds < (options.TimeLimitSeconds * 2) + 60, $"took {clock.Elapsed.TotalSeconds} s");   // slack for a loaded machine
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
        Assert.True(clock.Elapsed.TotalSeconds < (options.TimeLimitSeconds * 2) + 60, $"took {clock.Elapsed.TotalSeconds} s");   // slack for a loaded machine
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
