namespace Infra.Geo.Tests.GeoJson;

/// <summary>Builds small GeoJSON texts for tests.</summary>
internal static class GeoJsonText
{
    public static string Collection(string features, string? crs = null) =>
        crs is null
            ? $$"""{"type":"FeatureCollection","features":[{{features}}]}"""
            : $$$"""{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"{{{crs}}}"}},"features":[{{{features}}}]}""";

    public static string Feature(string id, string type, string coordinates, string properties = "{}") =>
        $$"""{"type":"Feature","id":"{{id}}","geometry":{"type":"{{type}}","coordinates":{{coordinates}}},"properties":{{properties}}}""";

    public static string One(string type, string coordinates, string? crs = null) => Collection(Feature("f1", type, coordinates), crs);
}
