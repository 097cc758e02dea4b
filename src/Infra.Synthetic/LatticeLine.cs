namespace Infra.Synthetic;

/// <summary>
/// Straight-ish lines on the lattice with diagonal steps (Bresenham on the dominant axis). A diagonal runs inside one
/// block, so it never crosses a block's sides; two crossing diagonals in one block are avoided by stepping around
/// the block instead, which keeps every crossing at a shared node.
/// </summary>
internal sealed class LatticeLine(StreetLattice lattice)
{
    private readonly HashSet<long> _diagonals = [];

    public IReadOnlyList<int> Between(int from, int to) =>
        Towards(from, lattice.I(to), lattice.J(to), _ => true);

    /// <summary>The path from a node towards a lattice position, stopping before the first node that fails <paramref name="keep"/>.</summary>
    public IReadOnlyList<int> Towards(int from, int toI, int toJ, Func<int, bool> keep)
    {
        var (i0, j0) = (lattice.I(from), lattice.J(from));
        var (di, dj) = (toI - i0, toJ - j0);
        var steps = Math.Max(Math.Abs(di), Math.Abs(dj));
        var path = new List<int> { from };
        var (ci, cj) = (i0, j0);
        for (var t = 1; t <= steps; t++)
        {
            var ni = i0 + (int)Math.Round((double)di * t / steps, MidpointRounding.AwayFromZero);
            var nj = j0 + (int)Math.Round((double)dj * t / steps, MidpointRounding.AwayFromZero);
            if (!lattice.InBounds(ni, nj) || !keep(lattice.Index(ni, nj)))
            {
                break;
            }

            if (ni != ci && nj != cj && !ClaimDiagonal(ci, cj, ni, nj))
            {
                var corner = lattice.Index(ni, cj);
                if (!keep(corner))
                {
                    break;
                }

                path.Add(corner);
            }

            path.Add(lattice.Index(ni, nj));
            (ci, cj) = (ni, nj);
        }

        return path;
    }

    private bool ClaimDiagonal(int i, int j, int ni, int nj)
    {
        var cell = ((long)Math.Min(j, nj) * lattice.Width) + Math.Min(i, ni);
        var rising = (ni - i) * (nj - j) > 0 ? 0 : 1;
        if (_diagonals.Contains((cell * 2) + (1 - rising)))
        {
            return false;
        }

        _diagonals.Add((cell * 2) + rising);
        return true;
    }
}
