using Infra.Core.Network;
using Infra.Geo.Csv;
using Infra.Geo.Layers;

namespace Infra.Planning.Tests.Support;

/// <summary>The repository's default geodata (schools, synthetic sites, LWL, access points, streets, hubs; no obstacles), read once.</summary>
internal static class DefaultData
{
    private static readonly Lazy<GeoInventory> Cached = new(Read);

    public static GeoInventory Inventory => Cached.Value;

    private static GeoInventory Read()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Infra.sln")))
        {
            dir = dir.Parent;
        }

        var geodata = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Infra.sln not found"), "geodata");
        string F(string name) => Path.Combine(geodata, name);
        return new GeoInventory
        {
            Sites = [.. SchoolCsv.Read(F("schulen-dortmund-2024-25.csv")), .. LayerFiles.ReadSites(F("liegenschaften-synthetisch.geojson"))],
            Routes = LayerFiles.ReadRoutes(F("lwl-trassen-synthetisch.geojson")),
            AccessPoints = LayerFiles.ReadAccessPoints(F("lwl-zugangspunkte-synthetisch.geojson")),
            Streets = LayerFiles.ReadStreets(F("strassen-synthetisch.geojson")),
            Hubs = LayerFiles.ReadHubs(F("richtfunk-standorte-synthetisch.geojson")),
        };
    }
}
