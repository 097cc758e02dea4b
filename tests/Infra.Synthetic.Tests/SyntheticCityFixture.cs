using Infra.Core.Network;
using Infra.Synthetic;

namespace Infra.Synthetic.Tests;

/// <summary>One generated default city, shared by the tests that only read it (generation is the slow part).</summary>
public sealed class SyntheticCityFixture
{
    public SyntheticCityFixture()
    {
        Options = DortmundInputs.Options();
        City = CitySynthesizer.Generate(Options);
    }

    public SynthesisOptions Options { get; }

    public GeoInventory City { get; }
}
