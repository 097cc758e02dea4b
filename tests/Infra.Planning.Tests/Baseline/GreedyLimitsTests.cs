using Infra.Core.Network;
using Infra.Core.Scenarios;
using Infra.Core.Sites;
using Infra.Synthetic;
using Infra.Planning.Baseline;
using Infra.Planning.Evaluation;
using Infra.Planning.Graph;
using Infra.Planning.Instance;
using Infra.Planning.Tests.Evaluation;
using Infra.Planning.Tests.Support;
using Infra.Planning.Preparation;

namespace Infra.Planning.Tests.Baseline;

/// <summary>The greedy against its limits: budget and capacity checked on what it chose, and its time share.</summary>
public sealed class GreedyLimitsTests
{
    /// <summary>
    /// A hub site H (fibre 7,000 € CAPEX, trench 10,000 €) and five sites that can only get Richtfunk (28,000 € each)
    /// from H. Budget 100,000 €: H and two links fit (73,000 €), a third does not (101,000 €). A reserve of one link per
    /// unserved Richtfunk site (140,000 € before H is even lit) used to refuse H, and so served nobody.
    /// </summary>
    private static PlanningInstance HubBehindReserve()
    {
        CandidateNode[] nodes = [HandInstance.Node(0, CandidateNodeKind.Tap, tapCost: 0), HandInstance.Node(1, CandidateNodeKind.Site, site: 0)];
        CandidateEdge[] edges = [HandInstance.Edge(0, 0, 1, 10_000, 90)];
        var sites = new List<SiteSpec> { HandInstance.Spec(0, HandInstance.Fibre(12_107)) };
        var radio = new List<RadioCandidate>();
        for (var s = 1; s <= 5; s++)
        {
            sites.Add(HandInstance.Spec(s, HandInstance.Radio(77_934)));
            radio.Add(new RadioCandidate(s, 0, 1_000 * s, LineOfSight.NotVerified));
        }

        HubSpec[] hubs = [new(0, "S00", 0, 0, 0, 6, false)];
        return HandInstance.Instance(sites, HandInstance.Graph(nodes, edges), hubs, radio, factor: 1.155892, capex: 100_000);
    }

    [Fact]
    public void Solve_reserve_for_every_radio_site_above_the_budget_still_lights_the_hub_and_serves_what_fits()
    {
        var instance = HubBehindReserve();

        var design = GreedyBaseline.Solve(instance, CancellationToken.None);

        Assert.Empty(PlanChecker.Check(instance, design));
        Assert.Equal(Technology.Fibre, design.Technology[0]);
        Assert.Equal(2, design.Technology.Count(t => t == Technology.Radio));
        Assert.Empty(RoomChecker.UnservedWithRoom(instance, design));
        var (_, optimum) = ExhaustiveSolver.Solve(instance);
        Assert.Equal(optimum, PlanChecker.Score(instance, design), 6);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(10)]
    public void Solve_tight_limits_leave_no_unserved_site_that_still_fits(int seed)
    {
        var instance = TinyInstances.Random(seed, sites: 10, tight: true);

        var design = GreedyBaseline.Solve(instance, CancellationToken.None);

        Assert.Empty(PlanChecker.Check(instance, design));
        Assert.Empty(RoomChecker.UnservedWithRoom(instance, design));
    }

    [Fact]
    public void Solve_time_share_used_up_on_a_large_instance_stops_with_a_feasible_design()
    {
        var inventory = StateSynthesizer.Generate(new StateSynthesisOptions { SiteCount = 1_500, Seed = 7 });
        var instance = PlanningInstanceBuilder.Build(new Scenario { Name = "land" }, inventory);
        // Every read of this clock takes one millisecond: the run ends at the first check after 2 s of reads,
        // whatever the machine's speed.
        var unlimited = GreedyBaseline.Solve(instance, new GreedyOptions { Time = new SteppingClock(0.001), TimeLimitSeconds = 1e9 });
        var limited = GreedyBaseline.Solve(instance, new GreedyOptions { Time = new SteppingClock(0.001), TimeLimitSeconds = 2 });

        Assert.False(unlimited.StoppedByTimeLimit);
        Assert.True(unlimited.Seconds > 4, $"the unlimited run read the clock for {unlimited.Seconds} s only");
        Assert.True(limited.StoppedByTimeLimit);
        Assert.InRange(limited.Seconds, 2, 2.01);
        Assert.Empty(PlanChecker.Check(instance, limited.Design));
        Assert.Empty(PlanChecker.Check(instance, unlimited.Design));
        var nothing = new NetworkDesign(new Technology?[instance.Sites.Count], Enumerable.Repeat(-1, instance.Sites.Count).ToArray(),
            new bool[instance.Graph.Edges.Count], new bool[instance.Graph.Nodes.Count]);
        Assert.True(PlanChecker.Score(instance, limited.Design) < PlanChecker.Score(instance, nothing));
    }

    /// <summary>A clock that advances by a fixed step on every read.</summary>
    private sealed class SteppingClock(double stepSeconds) : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks += (long)(stepSeconds * TimeSpan.TicksPerSecond);
    }
}
