using Infra.Core.Network;
using System.Diagnostics;
using System.Globalization;
using Infra.Core.Scenarios;
using Infra.Core.Sites;
using Infra.Synthetic;
using Infra.Planning.Baseline;
using Infra.Planning.Evaluation;
using Infra.Planning.Instance;
using Xunit.Abstractions;
using Infra.Planning.Preparation;

namespace Infra.Planning.Tests.Baseline;

/// <summary>The synthetic full city: instance and greedy; timings go to the test output (not asserted).</summary>
public sealed class GreedyCityScaleTests(ITestOutputHelper output)
{
    private static readonly DistrictCentre[] Districts =
    [
        new("Aplerbeck", 399545, 5705650), new("Brackel", 401088, 5709358), new("Eving", 394331, 5712785),
        new("Hombruch", 392052, 5703511), new("Huckarde", 388094, 5709732), new("Hörde", 395786, 5703443),
        new("Innenstadt Nord", 393477, 5709386), new("Innenstadt Ost", 395165, 5707194),
        new("Innenstadt West", 392219, 5707679), new("Lütgendortmund", 385693, 5706652),
        new("Mengede", 387575, 5713488), new("Scharnhorst", 399260, 5712642),
    ];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Synthetic_city_greedy_is_feasible_and_beats_the_non_fibre_choice(bool keepAdequateUplinks)
    {
        var city = CitySynthesizer.Generate(new SynthesisOptions { Districts = Districts });
        var scenario = new Scenario { Name = "Stadt", Policies = new Policies { KeepAdequateUplinks = keepAdequateUplinks } };

        var clock = Stopwatch.StartNew();
        var instance = PlanningInstanceBuilder.Build(scenario, city);
        var buildTime = clock.Elapsed;
        clock.Restart();
        var design = GreedyBaseline.Solve(instance, CancellationToken.None);
        var greedyTime = clock.Elapsed;

        var cost = DesignEvaluator.Evaluate(instance, design);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sites {instance.Sites.Count}, graph {instance.Graph.Nodes.Count}/{instance.Graph.Edges.Count}, radio pairs {instance.RadioCandidates.Count}; "
            + $"instance {buildTime.TotalMilliseconds:F0} ms, greedy {greedyTime.TotalMilliseconds:F0} ms; "
            + $"NPV {cost.NpvEuro / 1e6:F2} M€, fibre {cost.FibreSites}, radio {cost.RadioSites}, leased {cost.LeasedSites}, "
            + $"kept {cost.KeptSites}, unserved {cost.UnservedSites}, trench {cost.TrenchMetres / 1000:F1} km"));

        Assert.Empty(DesignFeasibility.Check(instance, design));

        // Each site alone on its cheapest option without fibre (leased or unserved): the greedy never costs more.
        var nonFibre = new NetworkDesign(
            instance.Sites.Select(s => s.KeepsCurrentUplink ? null : s.Option(Technology.Leased)?.Technology).ToArray(),
            Enumerable.Repeat(-1, instance.Sites.Count).ToArray(), new bool[instance.Graph.Edges.Count], new bool[instance.Graph.Nodes.Count]);
        Assert.True(DesignEvaluator.Score(instance, design) <= DesignEvaluator.Score(instance, nonFibre));
        Assert.True(cost.FibreSites > 0);
    }
}
