using Bogus;
using Infra.Core.Network;

namespace Infra.Synthetic;

/// <summary>
/// Turns the network's edges into <see cref="StreetSegment"/>s: ids in edge order, a German street name per named
/// street (all edges with one name key share it), surface by location (unpaved only at the outskirts, micro-trench
/// allowed on some streets) and free ducts (Leerrohre) on whole streets, more often on main roads.
/// </summary>
internal sealed class StreetSegmentWriter(CityFrame frame, StreetNetwork network, Faker faker)
{
    private const double ArterialDuctShare = 0.2;
    private const double LocalDuctShare = 0.06;

    private readonly Dictionary<long, (string Name, bool Duct, bool Micro)> _streets = [];
    private readonly HashSet<string> _usedNames = new(StringComparer.Ordinal);

    public IReadOnlyList<StreetSegment> Write()
    {
        var segments = new List<StreetSegment>(network.Edges.Count);
        foreach (var edge in network.Edges.Where(e => !e.Removed))
        {
            var street = Street(edge);
            var (ax, ay, bx, by) = (network.X[edge.A], network.Y[edge.A], network.X[edge.B], network.Y[edge.B]);
            var geometry = Precision.Factory.CreateLineString([new(ax, ay), new(bx, by)]);
            segments.Add(new StreetSegment
            {
                Id = new FeatureId($"STR-{segments.Count + 1:D6}"),
                Geometry = geometry,
                Name = street.Name,
                Class = edge.Class,
                Surface = Surface(edge, street.Micro, (ax + bx) / 2, (ay + by) / 2),
                FreeDuct = street.Duct,
                Synthetic = true,
            });
        }

        return segments;
    }

    /// <summary>The street name of an edge (after <see cref="Write"/>).</summary>
    public string NameOf(StreetEdge edge) => Street(edge).Name;

    private SurfaceClass Surface(StreetEdge edge, bool micro, double x, double y)
    {
        if (edge.Class == StreetClass.Local && frame.Remoteness(x, y) > 0.85 && faker.Random.Double() < 0.4)
        {
            return SurfaceClass.Unpaved;
        }

        return micro ? SurfaceClass.MicroTrench : SurfaceClass.Paved;
    }

    private (string Name, bool Duct, bool Micro) Street(StreetEdge edge)
    {
        if (_streets.TryGetValue(edge.NameKey, out var street))
        {
            return street;
        }

        var arterial = edge.Class == StreetClass.Arterial;
        street = (
            UniqueName(arterial),
            faker.Random.Double() < (arterial ? ArterialDuctShare : LocalDuctShare),
            faker.Random.Double() < (arterial ? 0.25 : 0.15));
        _streets.Add(edge.NameKey, street);
        return street;
    }

    private string UniqueName(bool arterial)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var name = arterial ? ArterialName() : faker.Address.StreetName();
            if (_usedNames.Add(name))
            {
                return name;
            }
        }

        // Bogus' German street names run out at city scale; real cities repeat names across districts too.
        return faker.Address.StreetName();
    }

    private string ArterialName() => faker.Random.Int(0, 3) switch
    {
        0 => $"{faker.Name.LastName()}allee",
        1 => $"{faker.Name.LastName()}damm",
        2 => $"{faker.Address.City()}er Straße",
        _ => $"{faker.Name.LastName()}straße",
    };
}
