using System.Globalization;
using System.Text;

namespace Infra.Core.Network;

/// <summary>
/// Matches district names as people and files write them to the official ones: case, spaces, hyphens, dots and
/// underscores do not count, umlauts equal their transliteration (ü = ue) and ß equals ss. "Innenstadt Nord",
/// "innenstadt-nord" and "INNENSTADT_NORD" are all the official "Innenstadt-Nord".
/// </summary>
public static class DistrictNames
{
    /// <summary>The comparison key of a name: letters and digits only, lower case, transliterated.</summary>
    public static string Key(string? name)
    {
        var key = new StringBuilder();
        foreach (var c in (name ?? "").Trim().ToLower(CultureInfo.InvariantCulture))
        {
            switch (c)
            {
                case 'ä': key.Append("ae"); break;
                case 'ö': key.Append("oe"); break;
                case 'ü': key.Append("ue"); break;
                case 'ß': key.Append("ss"); break;
                default:
                    if (char.IsLetterOrDigit(c))
                    {
                        key.Append(c);
                    }

                    break;
            }
        }

        return key.ToString();
    }

    /// <summary>The official spelling of <paramref name="name"/> in <paramref name="officialByKey"/> (from <see cref="Index"/>), or null when none matches.</summary>
    public static string? Official(string name, IReadOnlyDictionary<string, string> officialByKey)
    {
        ArgumentNullException.ThrowIfNull(officialByKey);
        return officialByKey.TryGetValue(Key(name), out var official) ? official : null;
    }

    /// <summary>The lookup from key to official name (the first of equal keys wins, in the given order).</summary>
    public static IReadOnlyDictionary<string, string> Index(IEnumerable<string> officialNames)
    {
        ArgumentNullException.ThrowIfNull(officialNames);
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in officialNames)
        {
            index.TryAdd(Key(name), name);
        }

        return index;
    }
}
