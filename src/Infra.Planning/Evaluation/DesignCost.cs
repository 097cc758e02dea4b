namespace Infra.Planning.Evaluation;

/// <summary>
/// What a <see cref="Instance.NetworkDesign"/> costs (docs/cost-model.md). <see cref="NpvEuro"/> is the design objective
/// without the penalty for unserved sites: Σ <see cref="SiteNpvEuro"/> + <see cref="NetworkNpvEuro"/>.
/// </summary>
/// <param name="NpvEuro">Objective without the unserved penalty, €.</param>
/// <param name="CapexEuro">Site options, built edges and used taps, €.</param>
/// <param name="OpexPerYearEuro">Site options plus passive upkeep of built edges and used taps, € per year.</param>
/// <param name="TrenchMetres">New trench metres of built edges.</param>
/// <param name="TrenchCapexEuro">CAPEX of built edges (trench, duct, drop and cable), €.</param>
/// <param name="TapCount">Used taps.</param>
/// <param name="TapCapexEuro">CAPEX of used taps, €.</param>
/// <param name="NetworkNpvEuro">Passive NPV factor × (edge + tap CAPEX), €.</param>
/// <param name="FibreSites">Sites on fibre.</param>
/// <param name="RadioSites">Sites on Richtfunk.</param>
/// <param name="LeasedSites">Sites on a leased line.</param>
/// <param name="KeptSites">Sites that keep their current uplink.</param>
/// <param name="UnservedSites">Sites that have an option but got none (each costs the unserved penalty in the score).</param>
/// <param name="NoOptionSites">Sites without any option and not kept.</param>
/// <param name="SiteNpvEuro">Per site index: the chosen option's NPV (fibre: minus the fibre bonus), 0 without technology.</param>
public sealed record DesignCost(
    double NpvEuro,
    double CapexEuro,
    double OpexPerYearEuro,
    double TrenchMetres,
    double TrenchCapexEuro,
    int TapCount,
    double TapCapexEuro,
    double NetworkNpvEuro,
    int FibreSites,
    int RadioSites,
    int LeasedSites,
    int KeptSites,
    int UnservedSites,
    int NoOptionSites,
    IReadOnlyList<double> SiteNpvEuro);
