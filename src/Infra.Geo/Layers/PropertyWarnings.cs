using System.Globalization;
using Infra.Core.Inputs;

namespace Infra.Geo.Layers;

/// <summary>
/// Warnings about the properties of a layer file, one per property name and file: an unknown property (ignored)
/// with the nearest documented name, and a missing optional property whose default changes the plan, with the
/// default taken.
/// </summary>
public static class PropertyWarnings
{
    /// <summary>Warnings for a file whose features (in order) carry the property names in <paramref name="features"/>.</summary>
    public static IReadOnlyList<InputError> Of(string file, LayerSchema schema, IReadOnlyList<IReadOnlyCollection<string>> features)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(features);
        var warnings = new List<InputError>();
        var unknown = new Dictionary<string, (int First, int Count)>(StringComparer.Ordinal);
        for (var i = 0; i < features.Count; i++)
        {
            foreach (var name in features[i].Where(n => !schema.Documents(n)))
            {
                unknown[name] = unknown.TryGetValue(name, out var seen) ? (seen.First, seen.Count + 1) : (i, 1);
            }
        }

        foreach (var (name, (first, count)) in unknown.OrderBy(u => u.Value.First).ThenBy(u => u.Key, StringComparer.Ordinal))
        {
            warnings.Add(new InputError(file, first, null, "properties." + name, string.Create(CultureInfo.InvariantCulture,
                $"unknown property '{name}' ({count} of {features.Count} features) is ignored; did you mean '{Nearest(name, schema.Properties.Select(p => p.Name))}'?")));
        }

        foreach (var property in schema.Properties.Where(p => p.PlanDefault is not null))
        {
            var missing = features.Count(f => !f.Contains(property.Name));
            if (missing > 0)
            {
                warnings.Add(new InputError(file, null, null, "properties." + property.Name, string.Create(CultureInfo.InvariantCulture,
                    $"property '{property.Name}' is missing in {missing} of {features.Count} features; the default is taken: {property.PlanDefault}")));
            }
        }

        return warnings;
    }

    /// <summary>The name in <paramref name="known"/> closest to <paramref name="name"/>: fewest edits, a shared start counting half an edit per character.</summary>
    public static string Nearest(string name, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(known);
        var lower = name.ToLowerInvariant();
        return known
            .OrderBy(p => Distance(lower, p) - (0.5 * CommonPrefix(lower, p)))
            .ThenBy(p => p, StringComparer.Ordinal)
            .First();
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
