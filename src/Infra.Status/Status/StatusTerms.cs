using System.Globalization;
using Infra.Planning.Replan;
using Infra.Planning.Tracking;
using Infra.Status.Model;

namespace Infra.Status.Status;

/// <summary>
/// The German words and number formats of the status (tables, report, API labels). Technology labels follow the web
/// API's; the app runs with invariant globalization, so the German number format is spelled out.
/// </summary>
public static class StatusTerms
{
    private static readonly NumberFormatInfo Format = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    public static string Technology(string code) => code switch
    {
        TechnologyCodes.Fibre => "LWL (Eigenbau)",
        TechnologyCodes.Radio => "Richtfunk",
        TechnologyCodes.Leased => "Mietleitung",
        TechnologyCodes.Keep => "Bestand bleibt",
        TechnologyCodes.None => "nicht angebunden",
        _ => code,
    };

    public static string Light(TrafficLight light) => light switch
    {
        TrafficLight.Haelt => "hält",
        TrafficLight.Gefaehrdet => "gefährdet",
        _ => "hält nicht",
    };

    public static string Level(RiskLevel level) => level switch
    {
        RiskLevel.Verfehlt => "verfehlt",
        RiskLevel.Ueberbrueckt => "überbrückt",
        _ => "gefährdet",
    };

    public static string Lever(MeasureKind kind) => kind switch
    {
        MeasureKind.TrenchCapacity => "Tiefbau-Kapazität",
        MeasureKind.Budget => "Investitionsbudget",
        MeasureKind.RadioInstalls => "Richtfunk-Montagen",
        _ => "alle Kapazitäten und Budgets",
    };

    public static string Unit(MeasureKind kind) => kind switch
    {
        MeasureKind.TrenchCapacity => "m/Quartal",
        MeasureKind.Budget => "€/Jahr",
        MeasureKind.RadioInstalls => "Montagen/Quartal",
        _ => "%",
    };

    public static string State(string state) => state switch
    {
        "bestand" => "Bestand ausreichend",
        "angebunden" => "angebunden",
        "im_bau" => "im Bau",
        _ => "offen",
    };

    /// <summary>German digits; a value that rounds to zero prints without a minus sign.</summary>
    public static string Number(double value, int decimals = 0)
    {
        var rounded = Math.Round(value, decimals);
        return (rounded == 0 ? 0 : value).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Format);
    }

    public static string Euro(double value) => Number(value) + " €";

    public static string MillionEuro(double value) => Number(value / 1_000_000, 2) + " Mio. €";

    public static string Percent(double share, int decimals = 1) => Number(share * 100, decimals) + " %";

    /// <summary>Percentage points with sign: "−12,3 Pp." / "+0,4 Pp.".</summary>
    public static string Points(double points, int decimals = 1) =>
        (points < 0 ? "−" : points > 0 ? "+" : "±") + Number(Math.Abs(points), decimals) + " Pp.";

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string Quarter(string? code) =>
        Planning.Schedule.Quarter.TryParse(code, out var q) ? q.German : code ?? "–";
}
