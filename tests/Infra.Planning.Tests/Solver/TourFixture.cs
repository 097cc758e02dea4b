using Infra.Planning.Solver;

namespace Infra.Planning.Tests.Solver;

/// <summary>
/// A symmetric travelling-salesman model with degree rows only (no subtour elimination): two clusters of points far
/// apart, so without connectivity cuts the optimum is two separate cycles.
/// </summary>
internal sealed class TourFixture
{
    public TourFixture(int perCluster, int seed, double clusterOffset = 1000)
    {
        var random = new Random(seed);
        Points = Enumerable.Range(0, 2 * perCluster)
            .Select(i => (X: random.NextDouble() * 10 + (i < perCluster ? 0 : clusterOffset), Y: random.NextDouble() * 10))
            .ToArray();
        Edges = [.. from i in Enumerable.Range(0, Points.Length)
                    from j in Enumerable.Range(i + 1, Points.Length - i - 1)
                    select (i, j)];
    }

    public (double X, double Y)[] Points { get; }

    public (int A, int B)[] Edges { get; }

    public double Length(int a, int b) => Math.Sqrt(Math.Pow(Points[a].X - Points[b].X, 2) + Math.Pow(Points[a].Y - Points[b].Y, 2));

    public LinearSolver Build(SolverParameters? parameters = null)
    {
        var solver = new LinearSolver("tour", parameters);
        var x = Edges.Select(e => solver.MakeBoolVar($"x{e.A}_{e.B}")).ToArray();
        for (var v = 0; v < Points.Length; v++)
        {
            var degree = solver.MakeConstraint(2, 2, $"degree{v}");
            for (var k = 0; k < Edges.Length; k++)
            {
                if (Edges[k].A == v || Edges[k].B == v)
                {
                    degree.SetCoefficient(x[k], 1);
                }
            }
        }

        for (var k = 0; k < Edges.Length; k++)
        {
            solver.Objective().SetCoefficient(x[k], Length(Edges[k].A, Edges[k].B));
        }

        return solver;
    }

    /// <summary>Optimal tour length by enumerating all tours starting at point 0.</summary>
    public double BruteForceTour()
    {
        var rest = Enumerable.Range(1, Points.Length - 1).ToArray();
        var best = double.PositiveInfinity;
        foreach (var order in Permutations(rest, rest.Length))
        {
            var length = Length(0, order[0]) + Length(order[^1], 0);
            for (var k = 1; k < order.Length; k++)
            {
                length += Length(order[k - 1], order[k]);
            }

            best = Math.Min(best, length);
        }

        return best;
    }

    /// <summary>Connected components of the edges with value above <paramref name="threshold"/>, as a component id per point.</summary>
    public int[] Components(ReadOnlySpan<double> x, double threshold)
    {
        var parent = Enumerable.Range(0, Points.Length).ToArray();
        int Find(int v) => parent[v] == v ? v : parent[v] = Find(parent[v]);
        for (var k = 0; k < Edges.Length; k++)
        {
            if (x[k] > threshold)
            {
                parent[Find(Edges[k].A)] = Find(Edges[k].B);
            }
        }

        return Enumerable.Range(0, Points.Length).Select(Find).ToArray();
    }

    private static IEnumerable<int[]> Permutations(int[] items, int length)
    {
        if (length == 1)
        {
            yield return (int[])items.Clone();
            yield break;
        }

        for (var i = 0; i < length; i++)
        {
            foreach (var p in Permutations(items, length - 1))
            {
                yield return p;
            }

            var swap = length % 2 == 0 ? i : 0;
            (items[swap], items[length - 1]) = (items[length - 1], items[swap]);
        }
    }
}
