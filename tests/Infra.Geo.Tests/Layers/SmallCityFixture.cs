using Infra.Core.Network;
using Infra.Synthetic;
using Infra.Synthetic.Tests;

namespace Infra.Geo.Tests.Layers;

/// <summary>A small generated city (fewer streets, sites and obstacles than the default) for layer round trips.</summary>
public sealed class SmallCityFixture
{
    public SmallCityFixture() => City = CitySynthesizer.Generate(DortmundInputs.Options() with
    {
        StreetSegmentTarget = 1_500,
        ObstacleCount = 60,
        SiteCounts = new SyntheticSiteCounts { Kita = 20, Office = 10, FireStation = 5, Library = 5, YouthCentre = 5, SportsFacility = 5, Other = 5 },
    });

    public GeoInventory City { get; }
}
