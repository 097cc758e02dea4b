namespace Infra.Core.Plans;

/// <summary>
/// Totals of a plan. Money in euros: CAPEX nominal, OPEX per year in full operation, NPV of the total cost of
/// ownership over the horizon discounted to the planning start (a cost: lower is better).
/// </summary>
/// <param name="NpvEur">NPV of all sites plus trenches that serve no site.</param>
/// <param name="CapexEur">Network CAPEX (uplinks and trenches; WLAN and bridging are in the years).</param>
/// <param name="OpexEurPerYear">OPEX per year once everything is built.</param>
/// <param name="TrenchM">Metres of new trench (Tiefbau), ducts and existing LWL not counted.</param>
/// <param name="TrenchCapexEur">CAPEX of all built edges (trench, duct, drop, splice-free LWL use).</param>
/// <param name="Taps">New splices into the existing LWL.</param>
/// <param name="Sites">All sites of the plan.</param>
/// <param name="SitesPlanned">Sites that get a new uplink.</param>
/// <param name="SitesKeepingUplink">Sites whose current uplink meets the demand.</param>
/// <param name="SitesUnserved">Sites with no possible or affordable uplink.</param>
/// <param name="SitesByTechnology">Sites per decision.</param>
/// <param name="RadioLinks">Richtfunk links.</param>
[SnakeCaseJson]
public sealed record PlanTotals(
    double NpvEur,
    double CapexEur,
    double OpexEurPerYear,
    double TrenchM,
    double TrenchCapexEur,
    int Taps,
    int Sites,
    int SitesPlanned,
    int SitesKeepingUplink,
    int SitesUnserved,
    TechnologyCounts SitesByTechnology,
    int RadioLinks);
