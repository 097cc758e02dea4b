using Infra.Core.Network;
using Infra.Geo.GeoJson;

namespace Infra.Geo.Csv;

/// <summary>
/// Reads geodata/stadtbezirke-dortmund.csv (<c>stadtbezirk,schulen,latitude,longitude</c>: the 12 city districts
/// with the mean position of their schools) into <see cref="DistrictCentre"/>s in EPSG:25832 metres.
/// </summary>
public static class DistrictCsv
{
    private static readonly string[] Columns = ["stadtbezirk", "schulen", "latitude", "longitude"];

    public static IReadOnlyList<DistrictCentre> Read(string path)
    {
        var table = CsvTable.Read(path, Columns);
        var centres = new List<DistrictCentre>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var before = table.Errors.Count;
            var name = table.Text(row, "stadtbezirk", null);
            if (name is not null && !seen.TryAdd(name, row.Line))
            {
                table.Error(row, "stadtbezirk", name, $"duplicate district '{name}': also on line {seen[name]}");
            }

            table.Integer(row, "schulen", name);
            var location = table.Location(row, "latitude", "longitude", name);
            if (table.Errors.Count == before && location is { } xy)
            {
                centres.Add(new DistrictCentre(name!, xy.X, xy.Y));
            }
        }

        InputErrorLimit.ThrowIfAny(table.Errors, path);
        return centres;
    }
}
