using System.Globalization;

namespace Infra.Planning.Plans;

/// <summary>Numbers as city staff read them in plan texts (1.234.567 €, 12,5 km), independent of the process culture.</summary>
internal static class GermanFormat
{
    private static readonly NumberFormatInfo Format = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    public static string Number(double value, int decimals = 0) => value.ToString("N" + decimals, Format);

    public static string Euro(double value) => Number(value) + " €";

    public static string Metres(double value) => Number(value) + " m";

    public static string Kilometres(double metres) => Number(metres / 1000, 1) + " km";

    public static string Technology(Core.Sites.Technology technology) => technology switch
    {
        Core.Sites.Technology.Fibre => "LWL-Eigenbau",
        Core.Sites.Technology.Radio => "Richtfunk",
        _ => "Mietleitung",
    };
}
