using System.Globalization;
using Infra.Core.Inputs;
using Infra.Geo.Crs;
using Infra.Core.Network;
using Infra.Web.Geo;
using NetTopologySuite.Geometries;

namespace Infra.Web.Ogc;

/// <summary>
/// Checks of OGC API query strings (docs/api.md): only the parameters a resource knows (others are a 400, as Part 1
/// allows), <c>f</c> json or geojson only (else 406), bbox of four or six finite numbers with longitudes in ±180,
/// latitudes in ±90 and minimum ≤ maximum.
/// </summary>
internal static class OgcQuery
{
    public static readonly string[] ItemsParameters = ["limit", "offset", "bbox", "bbox-crs", "crs", "f"];
    public static readonly string[] ItemParameters = ["crs", "f"];
    public static readonly string[] MetaParameters = ["f"];

    // UTM coordinates beyond these are no place on Earth in EPSG:25832.
    private const double MaxUtm = 1e7;

    /// <summary>Null when the query is fine, else the problem (400 for unknown parameters, 406 for another format).</summary>
    public static IResult? Check(HttpRequest request, IReadOnlyCollection<string> allowed)
    {
        var unknown = request.Query.Keys.Where(k => !allowed.Contains(k, StringComparer.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        if (unknown.Length > 0)
        {
            throw new InputException(unknown.Take(Problems.MaxErrors).Select(k => new InputError("(query)", null, null, Problems.Clip(k, 60),
                $"unbekannter Parameter (erlaubt: {string.Join(", ", allowed)})")).ToArray());
        }

        if (request.Query["f"] is { Count: > 0 } f && f.ToString() is not ("json" or "geojson"))
        {
            return Results.Problem(Problems.Create(StatusCodes.Status406NotAcceptable, "Format nicht lieferbar",
                $"f='{Problems.Clip(f.ToString(), 40)}': diese Schnittstelle liefert nur f=json oder f=geojson"));
        }

        return null;
    }

    /// <summary>The box minx,miny,maxx,maxy of a bbox parameter (a 6-number 3D box gives its horizontal part), checked; null when absent.</summary>
    public static Envelope? Bbox(string? text, int srid)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Split(',');
        var numbers = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToArray();
        if (numbers.Length is not (4 or 6) || !numbers.All(double.IsFinite))
        {
            throw Problems.Query("bbox", $"erwartet vier endliche Zahlen minx,miny,maxx,maxy (oder sechs mit Höhe), war '{Problems.Clip(text, 80)}'");
        }

        var (x1, y1, x2, y2) = numbers.Length == 4 ? (numbers[0], numbers[1], numbers[2], numbers[3]) : (numbers[0], numbers[1], numbers[3], numbers[4]);
        var errors = new List<string>();
        if (srid == Srid.Wgs84)
        {
            if (Math.Abs(x1) > 180 || Math.Abs(x2) > 180)
            {
                errors.Add("Längengrade müssen zwischen -180 und 180 liegen");
            }

            if (Math.Abs(y1) > 90 || Math.Abs(y2) > 90)
            {
                errors.Add("Breitengrade müssen zwischen -90 und 90 liegen");
            }
        }
        else if (new[] { x1, y1, x2, y2 }.Any(v => Math.Abs(v) > MaxUtm))
        {
            errors.Add($"UTM-Koordinaten (EPSG:25832) müssen zwischen -{MaxUtm:0} und {MaxUtm:0} m liegen");
        }

        if (x1 > x2 || y1 > y2)
        {
            errors.Add("das Minimum muss vor dem Maximum stehen (minx ≤ maxx, miny ≤ maxy)");
        }

        return errors.Count > 0
            ? throw Problems.Query("bbox", string.Join("; ", errors) + $", war '{Problems.Clip(text, 80)}'")
            : new Envelope(x1, x2, y1, y2);
    }

    /// <summary>The lon/lat box of a layer's extent (its UTM envelope's corners), null for an empty layer.</summary>
    public static Envelope? Wgs84Extent(FeatureSet? set)
    {
        if (set is not { Extent.IsNull: false })
        {
            return null;
        }

        var e = set.Extent;
        var corners = new[] { (e.MinX, e.MinY), (e.MinX, e.MaxY), (e.MaxX, e.MinY), (e.MaxX, e.MaxY) }.Select(c => CrsTransform.ToWgs84(c.Item1, c.Item2)).ToArray();
        return new Envelope(corners.Min(c => c.Lon), corners.Max(c => c.Lon), corners.Min(c => c.Lat), corners.Max(c => c.Lat));
    }
}
