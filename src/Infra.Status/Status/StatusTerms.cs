using Infra.Core.Codes;
using Infra.Core.Language;
using Infra.Core.Plans;
using Infra.Planning.Replan;
using Infra.Status.Model;

namespace Infra.Status.Status;

/// <summary>
/// The German words and number formats of the status (tables, report, API labels): labels from the glossary
/// (<see cref="Glossary"/>), formats from <see cref="GermanFormat"/>, plus the percentage-point format of the status.
/// </summary>
public static class StatusTerms
{
    public static string Technology(PlanTechnology technology) => Glossary.Technology(technology);

    /// <summary>The label of a technology code (fibre, radio, leased, keep, none).</summary>
    public static string Technology(string code) => Glossary.Label(DomainNames.Technology, code);

    public static string Light(TrafficLight light) => Glossary.Label(DomainNames.TrafficLight, EnumCodes.Of(light));

    public static string Level(RiskLevel level) => Glossary.Label(DomainNames.RiskLevel, EnumCodes.Of(level));

    public static string Lever(MeasureKind kind) => Glossary.Label(DomainNames.MeasureLever, EnumCodes.Of(kind));

    public static string Unit(MeasureKind kind) => Glossary.Label(DomainNames.MeasureUnit, EnumCodes.Of(kind));

    public static string State(string state) => Glossary.Label(DomainNames.SiteState, state);

    public static string Number(double value, int decimals = 0) => GermanFormat.Number(value, decimals);

    public static string Euro(double value) => GermanFormat.Euro(value);

    public static string MillionEuro(double value) => GermanFormat.MillionEuro(value);

    public static string Percent(double share, int decimals = 1) => GermanFormat.Percent(share, decimals);

    /// <summary>Percentage points with sign: "−12,3 Pp." / "+0,4 Pp.".</summary>
    public static string Points(double points, int decimals = 1) =>
        (Math.Round(points, decimals) < 0 ? "−" : Math.Round(points, decimals) > 0 ? "+" : "±") + Number(Math.Abs(points), decimals) + " Pp.";

    public static string Date(DateOnly date) => GermanFormat.Date(date);

    public static string Quarter(string? code) => GermanFormat.Quarter(code);
}
