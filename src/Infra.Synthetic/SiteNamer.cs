using Bogus;
using Infra.Core.Sites;

namespace Infra.Synthetic;

/// <summary>
/// German names for synthetic sites, e.g. "Kita Sonnenblume", "Bürgeramt Hörde", "Feuerwache 3",
/// "Stadtteilbibliothek Eving", "Sporthalle Lindenstraße". Names are unique within a run.
/// </summary>
internal sealed class SiteNamer(Faker faker)
{
    private static readonly string[] KitaNames =
    [
        "Sonnenblume", "Regenbogen", "Pusteblume", "Löwenzahn", "Zwergenland", "Wirbelwind", "Sternschnuppe",
        "Kunterbunt", "Schatzkiste", "Abenteuerland", "Spatzennest", "Rappelkiste", "Marienkäfer", "Märchenwald",
        "Wichtelhaus", "Purzelbaum", "Kleine Strolche", "Sonnenschein", "Villa Kunterbunt", "Kinderland",
        "Schneckenhaus", "Glückskinder", "Entdeckerland", "Waldwichtel", "Traumzauberbaum", "Pfiffikus",
    ];

    private static readonly string[] OfficeUnits =
    [
        "Schulverwaltungsamt", "Tiefbauamt", "Umweltamt", "Jugendamt", "Sozialamt", "Gesundheitsamt", "Ordnungsamt",
        "Stadtplanungs- und Bauordnungsamt", "Vermessungs- und Katasteramt", "Amt für Wohnen", "Stadtkasse",
        "Personal- und Organisationsamt", "Dortmunder Systemhaus", "Grünflächenamt", "Straßenverkehrsamt",
    ];

    private static readonly string[] OtherKinds =
    [
        "Musikschule", "Betriebshof", "Friedhofsverwaltung", "Seniorenbegegnungsstätte", "Museum", "Volkshochschule",
        "Stadtarchiv Außenlager", "Beratungsstelle", "Recyclinghof", "Begegnungszentrum",
    ];

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private int _professional;
    private int _volunteer;

    public string Name(SiteKind kind, bool major, string district, string street) => Unique(district, street, kind switch
    {
        SiteKind.Kita => faker.Random.Bool(0.6f)
            ? $"Kita {faker.Random.ArrayElement(KitaNames)}"
            : $"Städt. Kita {street}",
        SiteKind.Office when major => $"Bürgeramt {district}",
        SiteKind.Office => $"{faker.Random.ArrayElement(OfficeUnits)}, {street}",
        SiteKind.FireStation when major => $"Feuerwache {++_professional}",
        SiteKind.FireStation => $"Freiwillige Feuerwehr Löschzug {++_volunteer} {district}",
        SiteKind.Library when major => $"Stadtteilbibliothek {district}",
        SiteKind.Library => $"Bibliothek {street}",
        SiteKind.YouthCentre => faker.Random.Bool(0.5f) ? $"Jugendfreizeitstätte {district}" : $"Jugendtreff {street}",
        SiteKind.SportsFacility => faker.Random.Int(0, 3) switch
        {
            0 => $"Sporthalle {street}",
            1 => $"Sportplatz {street}",
            2 => $"Bezirkssportanlage {district}",
            _ => $"Hallenbad {district}",
        },
        _ => faker.Random.Bool(0.5f) ? $"{faker.Random.ArrayElement(OtherKinds)} {district}" : $"{faker.Random.ArrayElement(OtherKinds)}, {street}",
    });

    private string Unique(string district, string street, string name)
    {
        foreach (var candidate in new[] { name, $"{name} {district}", $"{name}, {street}" })
        {
            if (_used.Add(candidate))
            {
                return candidate;
            }
        }

        for (var n = 2; ; n++)
        {
            var numbered = $"{name} {n}";
            if (_used.Add(numbered))
            {
                return numbered;
            }
        }
    }
}
