using Infra.Core.Network;
using Infra.Cli.Commands;
using Infra.Synthetic;

namespace Infra.Cli.Tests.Support;

/// <summary>A small synthetic town written as geodata files plus a scenario naming them, for quick planning runs.</summary>
internal static class SmallCity
{
    /// <summary>Writes the layers into <paramref name="folder"/> and returns the path of a scenario file planning on them.</summary>
    public static string Write(string folder, string extraYaml = "")
    {
        var inventory = CitySynthesizer.Generate(new SynthesisOptions
        {
            Seed = 11,
            Districts = [new DistrictCentre("Nord", 393_000, 5_712_000), new DistrictCentre("Süd", 394_500, 5_705_000)],
            SiteCounts = new SyntheticSiteCounts { Kita = 14, Office = 6, FireStation = 2, Library = 2, YouthCentre = 3, SportsFacility = 3, Other = 2 },
            StreetSegmentTarget = 900,
            BackboneTargetKm = 15,
            RadioHubCount = 2,
            ObstacleCount = 0,
            CityWidthM = 6_000,
            CityHeightM = 9_000,
        });
        GeodataCommand.Write(inventory, folder);
        var path = Path.Combine(folder, "klein.yaml");
        File.WriteAllText(path, $"""
            name: klein
            inputs:
              sites: [liegenschaften-synthetisch.geojson]
              routes: [lwl-trassen-synthetisch.geojson]
              access_points: [lwl-zugangspunkte-synthetisch.geojson]
              streets: [strassen-synthetisch.geojson]
              hubs: [richtfunk-standorte-synthetisch.geojson]
            solver:
              time_limit_seconds: 10
            {extraYaml}
            """);
        return path;
    }
}
