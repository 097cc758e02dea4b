using Bogus;
using Infra.Core.Network;

namespace Infra.Synthetic;

/// <summary>
/// A small obstacle layer for line-of-sight checks: rectangular building footprints set back 6–15 m beside local
/// streets, parallel to them, taller in the inner city (12–45 m) than outside (6–20 m).
/// </summary>
internal sealed class ObstacleGenerator(CityFrame frame, StreetNetwork network, Randomizer random)
{
    public IReadOnlyList<Obstacle> Generate(int count)
    {
        var edges = network.Edges.Where(e => !e.Removed && e.Class == StreetClass.Local && e.B < network.Lattice.Count).ToList();
        var obstacles = new List<Obstacle>(count);
        for (var k = 0; k < count && edges.Count > 0; k++)
        {
            var edge = random.ListItem(edges);
            var (ax, ay, bx, by) = (network.X[edge.A], network.Y[edge.A], network.X[edge.B], network.Y[edge.B]);
            var length = Math.Sqrt(((bx - ax) * (bx - ax)) + ((by - ay) * (by - ay)));
            var (ux, uy) = ((bx - ax) / length, (by - ay) / length);
            var side = random.Bool() ? 1 : -1;
            var (nx, ny) = (-uy * side, ux * side);
            var t = random.Double(0.25, 0.75) * length;
            var width = Math.Min(random.Double(10, 35), 0.4 * length);
            var depth = random.Double(8, 20);
            var setback = random.Double(6, 15);
            var (cx, cy) = (ax + (t * ux) + ((setback + (depth / 2)) * nx), ay + (t * uy) + ((setback + (depth / 2)) * ny));
            var inner = frame.Remoteness(cx, cy) < 0.4;
            var corners = new[] { (-1, -1), (1, -1), (1, 1), (-1, 1), (-1, -1) }
                .Select(c => Precision.Coordinate(
                    cx + (c.Item1 * width / 2 * ux) + (c.Item2 * depth / 2 * nx),
                    cy + (c.Item1 * width / 2 * uy) + (c.Item2 * depth / 2 * ny)))
                .ToArray();
            if (!NetTopologySuite.Algorithm.Orientation.IsCCW(corners))
            {
                // RFC 7946: exterior rings counter-clockwise.
                Array.Reverse(corners);
            }

            obstacles.Add(new Obstacle
            {
                Id = new FeatureId($"GEB-{k + 1:D5}"),
                Footprint = Precision.Factory.CreatePolygon(corners),
                HeightM = Math.Round(inner ? random.Double(12, 45) : random.Double(6, 20), 1),
                Synthetic = true,
            });
        }

        return obstacles;
    }
}
