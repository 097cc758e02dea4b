using Bogus;
using Infra.Core.Network;

namespace Infra.Synthetic;

/// <summary>
/// Lays the main roads on the lattice: a ring through all district centres (shortest tour), links from each centre
/// to its two nearest neighbours, and spokes leaving each centre towards the outskirts. Ring legs and spokes carry
/// the LWL backbone; their total length is steered towards the backbone target.
/// </summary>
internal sealed class ArterialPlanner(CityFrame frame, StreetNetwork network, Randomizer random)
{
    private const double MinSpokeM = 400;
    private readonly LatticeLine _line = new(network.Lattice);

    public void Plan(SynthesisOptions options)
    {
        var lattice = network.Lattice;
        var centres = options.Districts.Select(d => lattice.Nearest(d.X, d.Y)).ToArray();
        var tour = RingTour.Order(options.Districts);
        var ringPairs = new HashSet<(int, int)>();
        var backboneM = 0.0;
        var legs = tour.Count >= 3 ? tour.Count : tour.Count - 1;
        for (var k = 0; k < legs; k++)
        {
            var (a, b) = (tour[k], tour[(k + 1) % tour.Count]);
            ringPairs.Add((Math.Min(a, b), Math.Max(a, b)));
            backboneM += Add(_line.Between(centres[a], centres[b]), backbone: true, ring: true);
        }

        for (var d = 0; d < centres.Length; d++)
        {
            var nearest = Enumerable.Range(0, centres.Length).Where(o => o != d)
                .OrderBy(o => lattice.Distance(centres[d], centres[o])).ThenBy(o => o).Take(2);
            foreach (var o in nearest)
            {
                if (ringPairs.Add((Math.Min(d, o), Math.Max(d, o))))
                {
                    Add(_line.Between(centres[d], centres[o]), backbone: false, ring: false);
                }
            }
        }

        AddSpokes(options, centres, backboneM);
    }

    private void AddSpokes(SynthesisOptions options, int[] centres, double backboneM)
    {
        var targetM = options.BackboneTargetKm * 1_000;
        var planned = centres.Length * options.SpokesPerDistrict;
        if (planned == 0 || backboneM >= targetM)
        {
            return;
        }

        var nominal = (targetM - backboneM) / planned;
        for (var d = 0; d < centres.Length; d++)
        {
            var turn = random.Double(0, 2 * Math.PI);
            for (var k = 0; k < options.SpokesPerDistrict; k++)
            {
                var angle = turn + (2 * Math.PI * k / options.SpokesPerDistrict) + random.Double(-0.3, 0.3);
                backboneM += AddSpoke(centres[d], angle, nominal);
            }
        }

        // Spokes cut short by the city limit leave a deficit: top it up with extra spokes, round robin.
        for (var attempt = 0; backboneM < targetM * 0.97 && attempt < planned * 3; attempt++)
        {
            var length = Math.Min(nominal, targetM - backboneM);
            backboneM += AddSpoke(centres[attempt % centres.Length], random.Double(0, 2 * Math.PI), Math.Max(length, MinSpokeM));
        }
    }

    private double AddSpoke(int centre, double angle, double lengthM)
    {
        var lattice = network.Lattice;
        var steps = lengthM / lattice.Spacing;
        var toI = lattice.I(centre) + (int)Math.Round(Math.Cos(angle) * steps);
        var toJ = lattice.J(centre) + (int)Math.Round(Math.Sin(angle) * steps);
        var path = _line.Towards(centre, toI, toJ, n => frame.InsideOutline(lattice.X[n], lattice.Y[n]));
        return PathLength(path) >= MinSpokeM ? Add(path, backbone: true, ring: false) : 0;
    }

    private double Add(IReadOnlyList<int> nodes, bool backbone, bool ring)
    {
        if (nodes.Count < 2)
        {
            return 0;
        }

        var path = new ArterialPath(network.Arterials.Count, nodes, backbone, ring);
        network.Arterials.Add(path);
        for (var k = 1; k < nodes.Count; k++)
        {
            network.Add(nodes[k - 1], nodes[k], StreetClass.Arterial, -1 - path.Id);
        }

        return PathLength(nodes);
    }

    private double PathLength(IReadOnlyList<int> nodes)
    {
        var length = 0.0;
        for (var k = 1; k < nodes.Count; k++)
        {
            length += network.Distance(nodes[k - 1], nodes[k]);
        }

        return length;
    }
}
