using System.Globalization;
using Infra.Core.Inputs;
using Infra.Geo.Layers;
using NetTopologySuite.Geometries;

namespace Infra.Geo.Plausibility;

/// <summary>
/// Plausibility warnings of an import (not errors: <c>--strict</c> makes them errors): features far outside the
/// extent of the other data, and existing ids moved far by the import. Catches mis-geocoded rows that pass the
/// position checks, e.g. a school of an NRW list placed in Switzerland or the North Sea.
/// </summary>
/// <remarks>
/// Two references, each with the distance <see cref="PlausibilityOptions.OutsideKm"/>: the extent of every other
/// layer (the database's and this import's) together with the database rows of the same layer that the import does
/// not touch; and, for a layer of at least <see cref="MinCoreFeatures"/> features, the layer's own core extent (the
/// box between the 2nd and 98th percentile of its feature centres, at least one trimmed at each side, so that a few
/// outliers cannot stretch it), where
/// the distance is at least a quarter of that box's diagonal. Moves compare centroids with the stored geometry.
/// </remarks>
public static class ImportPlausibility
{
    /// <summary>Fewest features of a layer for its own core extent to count.</summary>
    public const int MinCoreFeatures = 10;

    /// <param name="incoming">The layers of this import.</param>
    /// <param name="existing">The database's records per layer.</param>
    /// <param name="options">The distances that count as far.</param>
    public static IReadOnlyList<InputError> Check(
        IReadOnlyList<LayerContent> incoming, Func<LayerSchema, IReadOnlyList<object>> existing, PlausibilityOptions options)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(options);
        var stored = LayerSchema.All.ToDictionary(s => s, s => existing(s).Select(i => (Id: LayerFiles.IdOf(i), Geometry: LayerFiles.GeometryOf(i))).ToArray());
        var warnings = new List<InputError>();
        foreach (var content in incoming)
        {
            var features = content.Items.Select(i => (Id: LayerFiles.IdOf(i), Geometry: LayerFiles.GeometryOf(i))).ToArray();
            var ids = features.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
            var reference = new Envelope();
            foreach (var g in incoming.Where(c => c.Schema != content.Schema).SelectMany(c => c.Items.Select(LayerFiles.GeometryOf))
                         .Concat(stored.Where(s => s.Key != content.Schema).SelectMany(s => s.Value.Select(f => f.Geometry)))
                         .Concat(stored[content.Schema].Where(f => !ids.Contains(f.Id)).Select(f => f.Geometry)))
            {
                reference.ExpandToInclude(g.EnvelopeInternal);
            }

            var core = CoreExtent(features.Select(f => f.Geometry.EnvelopeInternal.Centre).ToArray());
            var before = stored[content.Schema].ToDictionary(f => f.Id, f => f.Geometry, StringComparer.Ordinal);
            var csv = content.Source.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
            for (var i = 0; i < features.Length; i++)
            {
                var f = features[i];
                var at = f.Geometry.EnvelopeInternal;
                InputError Warn(string message) => new(content.Source, csv ? null : i, f.Id, "geometry", message);
                if (!reference.IsNull && at.Distance(reference) > options.OutsideKm * 1000)
                {
                    warnings.Add(Warn(Text(
                        $"lies {Km(at.Distance(reference))} km outside the extent of the other data ({Box(reference)}), more than {options.OutsideKm} km: mis-geocoded or a different city?")));
                }
                else if (core is { } box && at.Distance(box.Extent) > box.Tolerance(options.OutsideKm * 1000))
                {
                    warnings.Add(Warn(Text(
                        $"lies {Km(at.Distance(box.Extent))} km outside the extent of the rest of its layer ({Box(box.Extent)}): mis-geocoded?")));
                }

                if (before.TryGetValue(f.Id, out var old))
                {
                    var moved = old.Centroid.Distance(f.Geometry.Centroid);
                    if (moved > options.MovedM)
                    {
                        warnings.Add(Warn(Text(
                            $"moved by {moved:0} m by this import (more than {options.MovedM} m): from {Position(old.Centroid.Coordinate)} to {Position(f.Geometry.Centroid.Coordinate)} (EPSG:25832)")));
                    }
                }
            }
        }

        return warnings;
    }

    private static (Envelope Extent, Func<double, double> Tolerance)? CoreExtent(Coordinate[] centres)
    {
        if (centres.Length < MinCoreFeatures)
        {
            return null;
        }

        // At least one feature is trimmed at each side, so that a single outlier cannot stretch a short list's box.
        var trim = Math.Max(1, (int)Math.Floor(0.02 * centres.Length));
        var xs = centres.Select(c => c.X).Order().ToArray();
        var ys = centres.Select(c => c.Y).Order().ToArray();
        var extent = new Envelope(xs[trim], xs[^(trim + 1)], ys[trim], ys[^(trim + 1)]);
        var diagonal = Math.Sqrt((extent.Width * extent.Width) + (extent.Height * extent.Height));
        return (extent, minimum => Math.Max(minimum, diagonal / 4));
    }

    private static string Km(double metres) => (metres / 1000).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Position(Coordinate c) => string.Create(CultureInfo.InvariantCulture, $"({c.X:0.##}, {c.Y:0.##})");

    private static string Box(Envelope e) => string.Create(CultureInfo.InvariantCulture,
        $"easting {e.MinX:0}..{e.MaxX:0}, northing {e.MinY:0}..{e.MaxY:0}");

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
