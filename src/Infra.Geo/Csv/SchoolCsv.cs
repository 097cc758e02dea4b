using Infra.Core.Inputs;
using Infra.Core.Network;
using Infra.Core.Sites;
using Infra.Geo.GeoJson;
using NetTopologySuite.Geometries;

namespace Infra.Geo.Csv;

/// <summary>
/// Reads the school list of Dortmund (geodata/schulen-dortmund-2024-25.csv: IT.NRW school directory, geocoded with
/// OSM Nominatim) into <see cref="Site"/>s of kind school, located in EPSG:25832.
/// </summary>
/// <remarks>
/// Header: <c>schulnummer,name,zusatz,schulform,strasse,plz,ort,rechtsstatus,schueler,stadtbezirk,latitude,longitude</c>.
/// Id <c>SCH-&lt;schulnummer&gt;</c>; users = pupils; in scope when <c>rechtsstatus</c> is "Öffentlich" (private
/// schools, "Privat", are kept out of scope). Every problem is collected; errors name the 1-based line, column and
/// school number.
/// </remarks>
public static class SchoolCsv
{
    public const string SourceLabel = "Schulen Dortmund 2024/25 (real; see geodata/README.md)";

    private static readonly string[] Columns =
        ["schulnummer", "name", "zusatz", "schulform", "strasse", "plz", "ort", "rechtsstatus", "schueler", "stadtbezirk", "latitude", "longitude"];

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), Srid.Etrs89Utm32);

    public static IReadOnlyList<Site> Read(string path)
    {
        var table = CsvTable.Read(path, Columns);
        var sites = new List<Site>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var before = table.Errors.Count;
            var number = table.Text(row, "schulnummer", null);
            if (number is not null)
            {
                if (seen.TryGetValue(number, out var firstLine))
                {
                    table.Error(row, "schulnummer", number, $"duplicate schulnummer {number}: also on line {firstLine}");
                }
                else
                {
                    seen.Add(number, row.Line);
                }
            }

            var name = table.Text(row, "name", number);
            var status = table.Text(row, "rechtsstatus", number);
            if (status is not null and not ("Öffentlich" or "Privat"))
            {
                table.Error(row, "rechtsstatus", number, $"unknown value '{status}'; expected Öffentlich or Privat");
            }

            var pupils = table.Integer(row, "schueler", number);
            var district = table.Text(row, "stadtbezirk", number);
            var location = table.Location(row, "latitude", "longitude", number);
            if (table.Errors.Count > before || location is not { } xy)
            {
                continue;
            }

            sites.Add(new Site
            {
                Id = new SiteId("SCH-" + number),
                Name = name!,
                Kind = SiteKind.School,
                Location = Factory.CreatePoint(new Coordinate(xy.X, xy.Y)),
                District = district!,
                Users = pupils!.Value,
                InScope = status == "Öffentlich",
                Synthetic = false,
                Source = SourceLabel,
            });
        }

        InputErrorLimit.ThrowIfAny(table.Errors, path);
        return sites;
    }
}
