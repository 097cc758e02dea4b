using System.Globalization;
using System.Text.RegularExpressions;

namespace Infra.Web.Tests.Browser;

/// <summary>Reads what the dashboard shows in de-DE format ("87,4 %", "-1.234.567 €", "4 / 9") back into numbers.</summary>
internal static partial class GermanNumbers
{
    /// <summary>"87,4 %" -> 0.874; fails unless the text has the German percent form with one decimal.</summary>
    public static double Percent(string text)
    {
        var t = Normalize(text);
        Assert.Matches(PercentPattern(), t);
        return double.Parse(t[..^2].Replace(".", "", StringComparison.Ordinal).Replace(',', '.'), CultureInfo.InvariantCulture) / 100;
    }

    /// <summary>"-1.234.567 €" -> -1234567; fails unless the text has the German euro form without cents.</summary>
    public static double Euro(string text)
    {
        var t = Normalize(text);
        Assert.Matches(EuroPattern(), t);
        return double.Parse(t[..^2].Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
    }

    /// <summary>Asserts that a shown share equals the API's share to the one decimal shown.</summary>
    public static void AssertPercentShows(double expectedShare, string shown, string what)
    {
        var actual = Percent(shown);
        Assert.True(Math.Abs(actual - expectedShare) <= 0.0005 + 1e-12,
            $"{what}: the page shows {Normalize(shown)}, the API says {expectedShare.ToString("R", CultureInfo.InvariantCulture)}");
    }

    /// <summary>Asserts that a shown euro amount equals the API's to the whole euro shown.</summary>
    public static void AssertEuroShows(double expectedEuro, string shown, string what)
    {
        var actual = Euro(shown);
        Assert.True(Math.Abs(actual - expectedEuro) <= 0.5 + 1e-9,
            $"{what}: the page shows {Normalize(shown)}, the API says {expectedEuro.ToString("R", CultureInfo.InvariantCulture)}");
    }

    /// <summary>Non-breaking spaces (Intl puts one before % and €) become plain spaces.</summary>
    public static string Normalize(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Trim();

    [GeneratedRegex(@"^-?\d{1,3}(\.\d{3})*,\d %$")]
    private static partial Regex PercentPattern();

    [GeneratedRegex(@"^-?\d{1,3}(\.\d{3})* €$")]
    private static partial Regex EuroPattern();
}
