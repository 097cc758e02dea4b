using System.Text.Json.Serialization;
using Infra.Core.Sites;
using NetTopologySuite.Geometries;

namespace Infra.Core.Plans;

/// <summary>
/// One site's decision and schedule. Costs include the site's equal share of every new trench and tap on its fibre
/// path, so that the site rows add up to the totals. Quarters are codes like "2027-Q3".
/// </summary>
/// <param name="Id">Site id.</param>
/// <param name="Name">Site name.</param>
/// <param name="Kind">Site kind; in JSON its German code (Schule, Kita, …; glossary domain <c>site_kind</c>).</param>
/// <param name="District">Stadtbezirk as the site layer names it.</param>
/// <param name="DemandMbps">Demanded bandwidth, Mbit/s.</param>
/// <param name="Technology">The decision.</param>
/// <param name="HubId">Richtfunk hub of a radio site, else null.</param>
/// <param name="TrenchM">The site's share of new trench metres.</param>
/// <param name="CapexEur">CAPEX of the uplink with its trench share, €.</param>
/// <param name="OpexEurPerYear">OPEX per year, €.</param>
/// <param name="NpvEur">NPV of its total cost of ownership, € (a cost: lower is better).</param>
/// <param name="Alternatives">Standalone NPV of each feasible technology for this site alone, given the rest of the plan.</param>
/// <param name="Reason">Why (codes and figures; German text from the glossary).</param>
/// <param name="LiveQuarter">Quarter its uplink goes live (the first quarter for sites keeping theirs), null when never.</param>
/// <param name="LiveDate">Last day of <paramref name="LiveQuarter"/>.</param>
/// <param name="WlanAps">WLAN access points to install (0 when its WLAN is complete).</param>
/// <param name="WlanQuarter">Quarter its WLAN is installed, or null.</param>
/// <param name="BridgedFrom">Quarter an interim leased line goes live, or null.</param>
/// <param name="MissesDeadline">True when neither its uplink nor a bridge is live by the deadline.</param>
/// <param name="ScheduleNote">Why it is late, bridged or not scheduled (German, from the scheduler), or null.</param>
/// <param name="Synthetic">True for a synthetic stand-in site.</param>
/// <param name="Location">Point in EPSG:25832 (not in JSON; files and OGC write it as geometry).</param>
[SnakeCaseJson]
public sealed record PlanSite(
    string Id,
    string Name,
    SiteKind Kind,
    string District,
    int DemandMbps,
    PlanTechnology Technology,
    string? HubId,
    double TrenchM,
    double CapexEur,
    double OpexEurPerYear,
    double NpvEur,
    IReadOnlyList<PlanAlternative> Alternatives,
    PlanReason Reason,
    string? LiveQuarter,
    DateOnly? LiveDate,
    int WlanAps,
    string? WlanQuarter,
    string? BridgedFrom,
    bool MissesDeadline,
    string? ScheduleNote,
    bool Synthetic,
    [property: JsonIgnore] Point Location)
{
    /// <summary>The standalone NPV of <paramref name="technology"/>, or null when it is not feasible.</summary>
    public double? AlternativeNpvEur(PlanTechnology technology) => Alternatives.FirstOrDefault(a => a.Technology == technology)?.NpvEur;
}
