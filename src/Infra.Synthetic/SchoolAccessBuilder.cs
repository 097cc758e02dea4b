using Infra.Core.Network;
using Infra.Core.Sites;

namespace Infra.Synthetic;

/// <summary>
/// Makes the streets reach the real schools: where a school lies more than <see cref="ReachM"/> from every street,
/// a short access street (dead end) runs from the nearest junction to just before the school, unless it would cross
/// another street.
/// </summary>
internal sealed class SchoolAccessBuilder(StreetNetwork network)
{
    public const double ReachM = 25;
    private const double StopShortM = 10;

    public void Build(IReadOnlyList<Site> schools)
    {
        var lattice = network.Lattice;
        var incident = new List<StreetEdge>[lattice.Count];
        foreach (var edge in network.Edges.Where(e => !e.Removed))
        {
            (incident[edge.A] ??= []).Add(edge);
            (incident[edge.B] ??= []).Add(edge);
        }

        for (var s = 0; s < schools.Count; s++)
        {
            var (x, y) = (schools[s].Location.X, schools[s].Location.Y);
            var nearby = Window(lattice.Nearest(x, y)).Where(n => incident[n] is not null).ToList();
            var edges = nearby.SelectMany(n => incident[n]).Distinct().ToList();
            if (edges.Count == 0 || edges.Min(e => Distance(x, y, e)) <= ReachM)
            {
                continue;
            }

            var from = nearby.OrderBy(n => Hypot(network.X[n] - x, network.Y[n] - y)).ThenBy(n => n).First();
            var length = Hypot(network.X[from] - x, network.Y[from] - y);
            var t = (length - StopShortM) / length;
            var end = (Precision.Round(network.X[from] + (t * (x - network.X[from]))), Precision.Round(network.Y[from] + (t * (y - network.Y[from]))));
            var start = (network.X[from], network.Y[from]);
            if (edges.Any(e => SegmentMath.Conflict(start, end, (network.X[e.A], network.Y[e.A]), (network.X[e.B], network.Y[e.B]))))
            {
                continue;
            }

            var node = network.AddNode(end.Item1, end.Item2);
            var spur = network.Add(from, node, StreetClass.Local, (long)(s + 1) << 44);
            incident[from].Add(spur);
        }
    }

    private IEnumerable<int> Window(int centre)
    {
        var lattice = network.Lattice;
        var (ci, cj) = (lattice.I(centre), lattice.J(centre));
        for (var j = cj - 2; j <= cj + 2; j++)
        {
            for (var i = ci - 2; i <= ci + 2; i++)
            {
                if (lattice.InBounds(i, j))
                {
                    yield return lattice.Index(i, j);
                }
            }
        }
    }

    private double Distance(double x, double y, StreetEdge e) =>
        SegmentMath.DistanceToSegment(x, y, network.X[e.A], network.Y[e.A], network.X[e.B], network.Y[e.B]);

    private static double Hypot(double dx, double dy) => Math.Sqrt((dx * dx) + (dy * dy));
}
