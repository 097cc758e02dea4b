using Infra.Core.Network;

namespace Infra.Synthetic;

/// <summary>
/// Generates plausible stand-in geodata for the layers that have no public source: synthetic city sites
/// (Liegenschaften other than schools), the existing LWL backbone with splice closures, a street network, extra
/// Richtfunk hubs and a small obstacle layer. Everything is in EPSG:25832 metres, rounded to 0.01 m, and flagged
/// synthetic.
/// </summary>
/// <remarks>
/// Deterministic: the same <see cref="SynthesisOptions"/> give the same objects in the same order (every random
/// choice comes from streams seeded by <see cref="SynthesisOptions.Seed"/>; no global state). The street network is
/// noded (segments meet only at shared end points) and connected; every LWL route runs vertex for vertex along
/// main roads; every synthetic site stands within 60 m of a street. The real schools are not copied into the
/// result: they only shape it (district sizes, streets that reach them).
/// </remarks>
public sealed class CitySynthesizer
{
    private const double LatticeStartM = 140;
    private readonly SynthesisOptions _options;

    /// <exception cref="ArgumentException">The options are invalid (every problem is named).</exception>
    public CitySynthesizer(SynthesisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>One-shot: <c>new CitySynthesizer(options).Generate()</c>.</summary>
    public static GeoInventory Generate(SynthesisOptions options) => new CitySynthesizer(options).Generate();

    /// <summary>Generates the synthetic layers; the inventory's sites hold only synthetic sites.</summary>
    public GeoInventory Generate()
    {
        var seed = _options.Seed;
        var frame = new CityFrame(_options, SeedStreams.Randomizer(seed, SeedStreams.Frame));
        var (lattice, populated) = SizeLattice(frame);
        var network = new StreetNetwork(lattice);
        new ArterialPlanner(frame, network, SeedStreams.Randomizer(seed, SeedStreams.Backbone)).Plan(_options);
        new LocalGridBuilder(network, SeedStreams.Randomizer(seed, SeedStreams.Thinning)).Build(populated);
        new SchoolAccessBuilder(network).Build(_options.Schools);

        var streets = new StreetSegmentWriter(frame, network, SeedStreams.Faker(seed, SeedStreams.Names));
        var segments = streets.Write();
        var backbone = new BackboneWriter(network, SeedStreams.Randomizer(seed, SeedStreams.Backbone));
        backbone.Write();
        var sites = new SiteGenerator(frame, network, streets, SeedStreams.Faker(seed, SeedStreams.Sites)).Generate(_options);
        var hubs = new RadioHubGenerator(frame, network, streets, SeedStreams.Randomizer(seed, SeedStreams.Hubs))
            .Generate(_options, network.Arterials.Where(a => a.Backbone).ToList());
        var obstacles = new ObstacleGenerator(frame, network, SeedStreams.Randomizer(seed, SeedStreams.Obstacles))
            .Generate(_options.ObstacleCount);

        return new GeoInventory
        {
            Sites = sites,
            Routes = backbone.Routes,
            AccessPoints = backbone.AccessPoints,
            Streets = segments,
            Hubs = hubs,
            Obstacles = obstacles,
        };
    }

    /// <summary>Chooses the block size so that the local grid lands near the segment target (three refinements).</summary>
    private (StreetLattice Lattice, bool[] Populated) SizeLattice(CityFrame frame)
    {
        var spacing = LatticeStartM;
        StreetLattice lattice;
        bool[] populated;
        for (var round = 0; ; round++)
        {
            lattice = new StreetLattice(frame, spacing, SeedStreams.Randomizer(_options.Seed, SeedStreams.Streets));
            populated = LocalGridBuilder.PopulatedNodes(frame, lattice);
            var expected = LocalGridBuilder.CountSides(lattice, populated) * (1 - LocalGridBuilder.Thinning);
            if (round == 3 || expected <= 0)
            {
                return (lattice, populated);
            }

            spacing = Math.Clamp(spacing * Math.Sqrt(expected / _options.StreetSegmentTarget), 40, 600);
        }
    }
}
