using Bogus;
using Infra.Core.Network;

namespace Infra.Synthetic;

/// <summary>
/// Extra Richtfunk hubs: about three in five on tall roofs beside the LWL backbone (with fibre), the rest masts at the
/// edge of the populated area without fibre yet. Each stands 10–25 m off a street junction; at most 6 links each.
/// </summary>
internal sealed class RadioHubGenerator(CityFrame frame, StreetNetwork network, StreetSegmentWriter streets, Randomizer random)
{
    public IReadOnlyList<RadioHub> Generate(SynthesisOptions options, IReadOnlyList<ArterialPath> backbone)
    {
        var hubs = new List<RadioHub>(options.RadioHubCount);
        var onBackbone = backbone.Count == 0 ? 0 : (int)Math.Ceiling(options.RadioHubCount * 0.6);
        for (var k = 0; k < onBackbone; k++)
        {
            var path = backbone[random.Number(0, backbone.Count - 1)];
            var at = random.Number(1, path.Nodes.Count - 1);
            var street = network.Find(path.Nodes[at - 1], path.Nodes[at]);
            var name = street is null ? $"Dachstandort {k + 1}" : $"Dachstandort {streets.NameOf(street)}";
            hubs.Add(Hub(hubs.Count, path.Nodes[at], name, hasFibre: true, random.Double(25, 60)));
        }

        var outskirts = Enumerable.Range(0, network.Lattice.Count)
            .Where(n => frame.InsideOutline(network.X[n], network.Y[n]))
            .Where(n => frame.Remoteness(network.X[n], network.Y[n]) is > 0.6 and < 1.1)
            .ToList();
        for (var k = onBackbone; k < options.RadioHubCount && outskirts.Count > 0; k++)
        {
            var n = random.ListItem(outskirts);
            var district = options.Districts[frame.DistrictOf(network.X[n], network.Y[n])].Name;
            hubs.Add(Hub(hubs.Count, n, $"Funkmast {district} {k - onBackbone + 1}", hasFibre: false, random.Double(30, 50)));
        }

        return hubs;
    }

    private RadioHub Hub(int index, int node, string name, bool hasFibre, double height)
    {
        var angle = random.Double(0, 2 * Math.PI);
        var distance = random.Double(10, 25);
        return new RadioHub
        {
            Id = new FeatureId($"FUNK-{index + 1:D2}"),
            Location = Precision.Point(network.X[node] + (distance * Math.Cos(angle)), network.Y[node] + (distance * Math.Sin(angle))),
            Name = name,
            HeightM = Math.Round(height, 1),
            MaxLinks = 6,
            HasFibre = hasFibre,
            Synthetic = true,
        };
    }
}
