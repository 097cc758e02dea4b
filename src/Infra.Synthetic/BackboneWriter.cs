using Bogus;
using Infra.Core.Network;

namespace Infra.Synthetic;

/// <summary>
/// Writes the existing LWL backbone: one <see cref="LwlRoute"/> per ring leg and spoke, vertex for vertex on its
/// main road (so a graph builder nodes routes and streets together), and splice closures (<see cref="AccessPoint"/>)
/// at route vertices every 500–1500 m.
/// </summary>
internal sealed class BackboneWriter(StreetNetwork network, Randomizer random)
{
    public const string CityOwner = "Stadt Dortmund";
    public const string PartnerOwner = "DOKOM21 (synthetisch)";

    private static readonly int[] RingFibres = [144, 192, 288];
    private static readonly int[] SpokeFibres = [48, 72, 96, 144];

    public List<LwlRoute> Routes { get; } = [];

    public List<AccessPoint> AccessPoints { get; } = [];

    public void Write()
    {
        foreach (var path in network.Arterials.Where(p => p.Backbone))
        {
            var id = new FeatureId($"LWL-{Routes.Count + 1:D4}");
            var coordinates = path.Nodes.Select(n => new NetTopologySuite.Geometries.Coordinate(network.X[n], network.Y[n])).ToArray();
            Routes.Add(new LwlRoute
            {
                Id = id,
                Geometry = Precision.Factory.CreateLineString(coordinates),
                Owner = path.Ring || random.Double() < 0.6 ? CityOwner : PartnerOwner,
                FibreCount = path.Ring ? random.ArrayElement(RingFibres) : random.ArrayElement(SpokeFibres),
                FreeDucts = random.WeightedRandom([0, 1, 2, 3], [0.1f, 0.4f, 0.35f, 0.15f]),
                Synthetic = true,
            });
            AddAccessPoints(id, path);
        }
    }

    private void AddAccessPoints(FeatureId routeId, ArterialPath path)
    {
        var sinceLast = 0.0;
        var next = random.Double(500, 1500);
        for (var k = 1; k < path.Nodes.Count; k++)
        {
            sinceLast += network.Distance(path.Nodes[k - 1], path.Nodes[k]);
            if (sinceLast < next)
            {
                continue;
            }

            var n = path.Nodes[k];
            AccessPoints.Add(new AccessPoint
            {
                Id = new FeatureId($"MUF-{AccessPoints.Count + 1:D5}"),
                RouteId = routeId,
                Location = Precision.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(network.X[n], network.Y[n])),
                Synthetic = true,
            });
            sinceLast = 0;
            next = random.Double(500, 1500);
        }
    }
}
