using System.Text;

namespace Infra.Core.Language;

/// <summary>
/// German order of names (DIN 5007, variant 2 for name lists: ä = ae, ö = oe, ü = ue, ß = ss, case ignored), so that
/// Hörde sorts before Hombruch and Huckarde; ties broken ordinally for a stable order. Invariant globalization has no
/// German culture, hence spelled out. The browser uses the same rule through <see cref="BrowserTag"/>.
/// </summary>
public sealed class GermanCollation : IComparer<string>
{
    /// <summary>The BCP 47 tag of the same order for <c>Intl.Collator</c>: German phonebook collation.</summary>
    public const string BrowserTag = "de-u-co-phonebk";

    public static GermanCollation Instance { get; } = new();

    private GermanCollation()
    {
    }

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var byKey = string.CompareOrdinal(Key(x), Key(y));
        return byKey != 0 ? byKey : string.CompareOrdinal(x, y);
    }

    /// <summary>The sort key: lower case, umlauts and ß expanded, hyphens and spaces alike.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length + 4);
        foreach (var c in name.ToLowerInvariant())
        {
            _ = c switch
            {
                'ä' => sb.Append("ae"),
                'ö' => sb.Append("oe"),
                'ü' => sb.Append("ue"),
                'ß' => sb.Append("ss"),
                '-' => sb.Append(' '),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }
}
