namespace Infra.Synthetic;

/// <summary>Breadth-first search over the four-neighbour lattice.</summary>
internal static class LatticeSearch
{
    /// <summary>Nodes from <paramref name="start"/> to the nearest (in steps) node that satisfies <paramref name="goal"/>; just the start when none does.</summary>
    public static IReadOnlyList<int> ShortestTo(StreetLattice lattice, int start, Func<int, bool> goal)
    {
        var previous = new int[lattice.Count];
        Array.Fill(previous, -2);
        previous[start] = -1;
        var queue = new Queue<int>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var n = queue.Dequeue();
            if (n != start && goal(n))
            {
                var path = new List<int>();
                for (var k = n; k >= 0; k = previous[k])
                {
                    path.Add(k);
                }

                path.Reverse();
                return path;
            }

            var (i, j) = (lattice.I(n), lattice.J(n));
            foreach (var (ni, nj) in new[] { (i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1) })
            {
                if (lattice.InBounds(ni, nj) && previous[lattice.Index(ni, nj)] == -2)
                {
                    previous[lattice.Index(ni, nj)] = n;
                    queue.Enqueue(lattice.Index(ni, nj));
                }
            }
        }

        return [start];
    }
}
