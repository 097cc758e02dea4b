using System.Globalization;

namespace Infra.Cli.Output;

/// <summary>
/// Number formats city staff read (1.234.567 €, 12,5 %). The app runs with invariant globalization, so the
/// German number format is spelled out here rather than taken from a de-DE culture.
/// </summary>
internal static class German
{
    private static readonly NumberFormatInfo Format = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        PercentDecimalSeparator = ",",
        PercentGroupSeparator = ".",
    };

    /// <summary>German digits; a value that rounds to zero prints without a minus sign.</summary>
    public static string Number(double value, int decimals = 0)
    {
        var rounded = Math.Round(value, decimals);
        return (rounded == 0 ? 0 : value).ToString("N" + decimals, Format);
    }

    public static string Euro(double value) => Number(value) + " €";

    public static string MillionEuro(double value) => Number(value / 1_000_000, 2) + " Mio. €";

    public static string Percent(double share, int decimals = 1) => Number(share * 100, decimals) + " %";

    public static string Kilometres(double metres) => Number(metres / 1000, 1) + " km";
}
