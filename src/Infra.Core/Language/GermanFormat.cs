using System.Globalization;

namespace Infra.Core.Language;

/// <summary>
/// Number, money and date formats city staff read (1.234.567 €, 12,5 %, 30.06.2028, Q3/2024). The app runs with
/// invariant globalization, so the German format is spelled out here rather than taken from a de-DE culture.
/// </summary>
public static class GermanFormat
{
    /// <summary>The one date format.</summary>
    public const string DatePattern = "dd.MM.yyyy";

    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        PercentDecimalSeparator = ",",
        PercentGroupSeparator = ".",
    };

    /// <summary>German digits; a value that rounds to zero prints without a minus sign.</summary>
    public static string Number(double value, int decimals = 0) =>
        (Math.Round(value, decimals) == 0 ? 0 : value).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Numbers);

    public static string Euro(double value) => Number(value) + " €";

    public static string MillionEuro(double value) => Number(value / 1_000_000, 2) + " Mio. €";

    /// <summary>A share 0..1 as "12,5 %".</summary>
    public static string Percent(double share, int decimals = 1) => Number(share * 100, decimals) + " %";

    public static string Kilometres(double metres, int decimals = 1) => Number(metres / 1000, decimals) + " km";

    public static string Mbps(double mbps) => Number(mbps) + " Mbit/s";

    /// <summary>A link capacity: whole Gbit/s as "10 Gbit/s", otherwise in Mbit/s.</summary>
    public static string Bandwidth(double mbps) => mbps >= 1000 && mbps % 1000 == 0 ? Number(mbps / 1000) + " Gbit/s" : Mbps(mbps);

    public static string Date(DateOnly date) => date.ToString(DatePattern, CultureInfo.InvariantCulture);

    /// <summary>"2027-Q3" as "Q3/2027"; other text unchanged.</summary>
    public static string Quarter(string? code) =>
        code is { Length: 7 } && code[4] == '-' && code[5] == 'Q' ? $"{code[5..]}/{code[..4]}" : code ?? "–";
}
