using Infra.Core.Collections;
using Bogus;
using Infra.Core.Network;

namespace Infra.Synthetic;

/// <summary>
/// Lays local streets on every lattice side whose two junctions are populated, thins the grid into larger,
/// irregular blocks by dropping sides that are not on a random spanning tree (so thinning never disconnects), and
/// joins leftover islands to the main network by the shortest lattice path.
/// </summary>
internal sealed class LocalGridBuilder(StreetNetwork network, Randomizer random)
{
    /// <summary>Share of local sides dropped to merge blocks.</summary>
    public const double Thinning = 0.07;

    private const int NameChunkCells = 7;

    public static bool[] PopulatedNodes(CityFrame frame, StreetLattice lattice)
    {
        var populated = new bool[lattice.Count];
        for (var n = 0; n < lattice.Count; n++)
        {
            populated[n] = frame.IsPopulated(lattice.X[n], lattice.Y[n]);
        }

        return populated;
    }

    /// <summary>Number of local sides a lattice would get before thinning (used to size the lattice).</summary>
    public static int CountSides(StreetLattice lattice, bool[] populated)
    {
        var count = 0;
        for (var j = 0; j < lattice.Height; j++)
        {
            for (var i = 0; i < lattice.Width; i++)
            {
                var n = lattice.Index(i, j);
                count += populated[n] && i + 1 < lattice.Width && populated[n + 1] ? 1 : 0;
                count += populated[n] && j + 1 < lattice.Height && populated[n + lattice.Width] ? 1 : 0;
            }
        }

        return count;
    }

    public void Build(bool[] populated)
    {
        var lattice = network.Lattice;
        var locals = new List<StreetEdge>();
        for (var j = 0; j < lattice.Height; j++)
        {
            for (var i = 0; i < lattice.Width; i++)
            {
                var n = lattice.Index(i, j);
                if (populated[n] && i + 1 < lattice.Width && populated[n + 1])
                {
                    AddLocal(locals, n, n + 1, NameKey(horizontal: true, line: j, along: i));
                }

                if (populated[n] && j + 1 < lattice.Height && populated[n + lattice.Width])
                {
                    AddLocal(locals, n, n + lattice.Width, NameKey(horizontal: false, line: i, along: j));
                }
            }
        }

        Thin(locals);
        JoinIslands();
    }

    private void AddLocal(List<StreetEdge> locals, int a, int b, long nameKey)
    {
        var edge = network.Add(a, b, StreetClass.Local, nameKey);
        if (edge.Class == StreetClass.Local)
        {
            locals.Add(edge);
        }
    }

    private void Thin(List<StreetEdge> locals)
    {
        var sets = new UnionFind(network.X.Count);
        foreach (var edge in network.Edges.Where(e => e.Class == StreetClass.Arterial))
        {
            sets.Union(edge.A, edge.B);
        }

        var order = Enumerable.Range(0, locals.Count).ToArray();
        for (var k = order.Length - 1; k > 0; k--)
        {
            var swap = random.Number(0, k);
            (order[k], order[swap]) = (order[swap], order[k]);
        }

        var spare = new List<StreetEdge>();
        foreach (var k in order)
        {
            if (!sets.Union(locals[k].A, locals[k].B))
            {
                spare.Add(locals[k]);
            }
        }

        var drop = Math.Min(spare.Count, (int)Math.Round(Thinning * locals.Count));
        foreach (var edge in spare.Take(drop))
        {
            edge.Removed = true;
        }
    }

    private void JoinIslands()
    {
        var lattice = network.Lattice;
        var sets = new UnionFind(network.X.Count);
        var used = new bool[lattice.Count];
        foreach (var edge in network.Edges.Where(e => !e.Removed))
        {
            sets.Union(edge.A, edge.B);
            used[edge.A] = used[edge.B] = true;
        }

        var main = Enumerable.Range(0, lattice.Count).Where(n => used[n]).OrderByDescending(sets.SizeOf).ThenBy(n => n).FirstOrDefault(-1);
        if (main < 0)
        {
            return;
        }

        for (var n = 0; n < lattice.Count; n++)
        {
            if (used[n] && sets.Find(n) != sets.Find(main))
            {
                var path = LatticeSearch.ShortestTo(lattice, n, m => used[m] && sets.Find(m) == sets.Find(main));
                for (var k = 1; k < path.Count; k++)
                {
                    var edge = network.Add(path[k - 1], path[k], StreetClass.Local, (long)n << 40);
                    sets.Union(edge.A, edge.B);
                    used[path[k]] = true;
                }

                // The island's own nodes join through n; every node of it now shares the main root.
                sets.Union(n, main);
            }
        }
    }

    private static long NameKey(bool horizontal, int line, int along) =>
        ((long)line << 20) | ((long)(along / NameChunkCells) << 1) | (horizontal ? 1L : 0L);
}
