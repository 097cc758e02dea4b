using System.Globalization;

namespace Infra.Cli.Tests.Support;

/// <summary>
/// Hand-made data of a city other than Dortmund (Münster, coordinates approximate): a school list in the official
/// IT.NRW columns as published, without <c>stadtbezirk</c>; two district polygons; an LWL route. WGS84.
/// </summary>
internal static class OtherCity
{
    public const string Header = "schulnummer,name,zusatz,schulform,strasse,plz,ort,rechtsstatus,schueler,latitude,longitude";

    /// <summary>Twelve schools: nine in Münster-Mitte, two in Hiltrup, one outside both districts (Roxel).</summary>
    public static IReadOnlyList<string> SchoolRows { get; } =
    [
        .. Enumerable.Range(0, 9).Select(i => Row(960001 + i, $"Schule Mitte {i + 1}", 51.950 + (0.004 * i), 7.590 + (0.007 * i))),
        Row(960010, "Grundschule Hiltrup", 51.905, 7.640),
        Row(960011, "Gymnasium Hiltrup", 51.910, 7.625),
        Row(960012, "Schule Roxel", 51.955, 7.540),
    ];

    /// <summary>Münster-Mitte (7.58..7.66 E, 51.94..51.99 N) and Hiltrup (7.58..7.68 E, 51.88..51.94 N).</summary>
    public const string Districts = """
        {"type":"FeatureCollection","features":[
         {"type":"Feature","id":"MS-1","geometry":{"type":"Polygon","coordinates":[[[7.58,51.94],[7.66,51.94],[7.66,51.99],[7.58,51.99],[7.58,51.94]]]},"properties":{"name":"Münster-Mitte"}},
         {"type":"Feature","id":"MS-2","geometry":{"type":"MultiPolygon","coordinates":[[[[7.58,51.88],[7.68,51.88],[7.68,51.94],[7.58,51.94],[7.58,51.88]]]]},"properties":{"name":"Hiltrup"}}
        ]}
        """;

    public const string Route = """
        {"type":"FeatureCollection","features":[
         {"type":"Feature","id":"MS-LWL-1","geometry":{"type":"LineString","coordinates":[[7.59,51.95],[7.62,51.96],[7.64,51.91]]},"properties":{"owner":"Stadtwerke Münster","fibre_count":48,"free_ducts":1}}
        ]}
        """;

    public static string Schools(params string[] extraRows) => string.Join("\n", [Header, .. SchoolRows, .. extraRows]) + "\n";

    public static string Row(int number, string name, double lat, double lon) => string.Create(CultureInfo.InvariantCulture,
        $"{number},{name},Städt. Schule,Grundschule,Hauptstr. 1,48143,Münster,Öffentlich,200,{lat},{lon}");
}
