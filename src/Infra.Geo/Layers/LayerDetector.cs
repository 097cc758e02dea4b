using System.Globalization;
using Infra.Core.Inputs;
using NetTopologySuite.Geometries;

namespace Infra.Geo.Layers;

/// <summary>
/// Recognises a file's layer from its content, never from its name: the geometry of its features picks the layers
/// that hold such geometry, and among those the one that documents most of the property names the features use
/// (<c>id</c>, <c>synthetic</c> and <c>source</c> count for none). No match or a tie is an error that asks for the
/// layer (<c>FILE:layer</c>).
/// </summary>
public static class LayerDetector
{
    private static readonly HashSet<string> Neutral = new(StringComparer.Ordinal) { "id", "synthetic", "source" };

    /// <summary>The layer of a file whose features have <paramref name="geometries"/> and use <paramref name="propertyNames"/>.</summary>
    /// <exception cref="InputException">The layer cannot be told from the content.</exception>
    public static LayerSchema Detect(string file, IEnumerable<Geometry?> geometries, IReadOnlySet<string> propertyNames)
    {
        ArgumentNullException.ThrowIfNull(geometries);
        ArgumentNullException.ThrowIfNull(propertyNames);
        var families = geometries.OfType<Geometry>().Select(FamilyOf).Where(f => f is not null).Select(f => f!.Value)
            .GroupBy(f => f).OrderByDescending(g => g.Count()).ToArray();
        if (families.Length == 0)
        {
            throw Unknown(file, "no feature with a usable geometry");
        }

        if (families.Length > 1)
        {
            throw Unknown(file, "the features mix " + string.Join(", ", families.Select(g =>
                $"{g.Count().ToString(CultureInfo.InvariantCulture)} {Describe(g.Key)}")) + "; a layer file holds one kind of geometry");
        }

        var family = families[0].Key;
        var ranked = LayerSchema.All.Where(s => s.Geometry == family)
            .Select(s => (Schema: s, Score: propertyNames.Count(p => !Neutral.Contains(p) && s.Documents(p))))
            .OrderByDescending(c => c.Score)
            .ToArray();
        var properties = propertyNames.Count == 0 ? "no properties" : "properties " + string.Join(", ", propertyNames.Order(StringComparer.Ordinal));
        if (ranked[0].Score == 0 || (ranked.Length > 1 && ranked[1].Score == ranked[0].Score))
        {
            var candidates = string.Join(" or ", ranked.Where(c => c.Score == ranked[0].Score).Select(c => c.Schema.Name));
            throw Unknown(file, $"{Describe(family)} with {properties} could be {candidates}");
        }

        return ranked[0].Schema;
    }

    /// <summary>The family of a geometry type, null for collections that are no layer geometry.</summary>
    public static GeometryFamily? FamilyOf(Geometry geometry) => geometry switch
    {
        Point or MultiPoint => GeometryFamily.Point,
        LineString or MultiLineString => GeometryFamily.Line,
        Polygon or MultiPolygon => GeometryFamily.Polygon,
        _ => null,
    };

    private static string Describe(GeometryFamily family) => family switch
    {
        GeometryFamily.Point => "points",
        GeometryFamily.Line => "lines",
        _ => "polygons",
    };

    private static InputException Unknown(string file, string reason) => new(new InputError(file, null, null, null,
        $"Ebene nicht erkennbar: {reason}; bitte die Ebene angeben, z. B. {Path.GetFileName(file)}:sites " +
        $"(Ebenen: {string.Join(", ", LayerSchema.All.Select(s => s.Name))})"));
}
