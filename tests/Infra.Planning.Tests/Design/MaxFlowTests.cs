using Infra.Planning.Design;

namespace Infra.Planning.Tests.Design;

public sealed class MaxFlowTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Run_random_network_equals_minimum_cut_by_enumeration(int seed)
    {
        var random = new Random(seed);
        const int nodes = 7;
        var arcs = new List<(int Tail, int Head, double Capacity)>();
        for (var k = 0; k < 16; k++)
        {
            var tail = random.Next(nodes);
            var head = random.Next(nodes);
            if (tail != head)
            {
                arcs.Add((tail, head, Math.Round(random.NextDouble(), 2)));
            }
        }

        var flow = new MaxFlow(nodes);
        foreach (var (tail, head, capacity) in arcs)
        {
            flow.AddArc(tail, head, capacity);
        }

        var value = flow.Run(0, nodes - 1, double.PositiveInfinity);

        // Every set S with the sink and without the source: the capacity entering S bounds the flow; the least is equal to it.
        var best = double.PositiveInfinity;
        for (var mask = 0; mask < 1 << nodes; mask++)
        {
            var inS = (int v) => (mask >> v & 1) == 1;
            if (inS(0) || !inS(nodes - 1))
            {
                continue;
            }

            best = Math.Min(best, arcs.Where(a => !inS(a.Tail) && inS(a.Head)).Sum(a => a.Capacity));
        }

        Assert.Equal(best, value, 9);
        var side = flow.SinkSide(nodes - 1);
        Assert.False(side[0]);
        Assert.Equal(best, arcs.Where(a => !side[a.Tail] && side[a.Head]).Sum(a => a.Capacity), 9);
    }

    [Fact]
    public void Run_stops_once_enough_flow_is_pushed()
    {
        var flow = new MaxFlow(2);
        flow.AddArc(0, 1, 5);

        Assert.Equal(2, flow.Run(0, 1, 2), 9);
    }

    [Fact]
    public async Task Run_ends_when_rounding_leaves_a_residue_below_the_push_threshold()
    {
        // 0.1 + (0.45 − 0.1) is 5.6e-17 short of 0.45 in binary floating point: after two pushes the residue is below
        // what a push counts for while a path is still open. The loop must end, not push nothing forever.
        var flow = new MaxFlow(4);
        flow.AddArc(0, 1, 0.1);
        flow.AddArc(1, 3, 1);
        flow.AddArc(0, 2, 1);
        flow.AddArc(2, 3, 1);

        var run = Task.Run(() => flow.Run(0, 3, 0.45));
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(10)));

        Assert.Same(run, finished);
        Assert.Equal(0.45, await run, 12);
    }
}
