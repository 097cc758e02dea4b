namespace Infra.Core.Scenarios;

/// <summary>
/// Cost assumptions, all in euros (net), per metre where named. Defaults are those of the planning model;
/// every one is a scenario setting.
/// </summary>
public sealed record CostParameters
{
    /// <summary>Open trench in paved street or pavement, €/m.</summary>
    public double TrenchPavedPerM { get; init; } = 110;

    /// <summary>Micro-trench where the street layer allows it, €/m.</summary>
    public double TrenchMicroPerM { get; init; } = 45;

    /// <summary>Trench in unpaved ground, €/m.</summary>
    public double TrenchUnpavedPerM { get; init; } = 60;

    /// <summary>Blowing fibre into an existing free duct (Leerrohr), €/m.</summary>
    public double DuctBlowPerM { get; init; } = 12;

    /// <summary>Fibre cable per metre of route, €/m (added to every trench or duct metre).</summary>
    public double FibreCablePerM { get; init; } = 4;

    /// <summary>Tap or splice into an existing LWL route, € per tap.</summary>
    public double TapCost { get; init; } = 2500;

    /// <summary>Building entry and in-house cabling per fibre site, €.</summary>
    public double BuildingEntryCost { get; init; } = 4000;

    /// <summary>Active equipment per fibre site, €.</summary>
    public double FibreActiveCost { get; init; } = 3000;

    public int FibreActiveLifeYears { get; init; } = 8;

    /// <summary>Life of passive fibre plant (trenches, cable, entry), years.</summary>
    public int FibrePassiveLifeYears { get; init; } = 40;

    /// <summary>Yearly upkeep of passive plant as a share of its build cost (0.01 = 1 %).</summary>
    public double FibrePassiveUpkeepRate { get; init; } = 0.01;

    /// <summary>Richtfunk link, both ends installed, €.</summary>
    public double RadioLinkCost { get; init; } = 28000;

    public int RadioLifeYears { get; init; } = 10;

    /// <summary>Yearly upkeep and spectrum fees per radio link, €.</summary>
    public double RadioYearlyCost { get; init; } = 1800;

    /// <summary>Richtfunk range at up to 1 Gbit/s, metres.</summary>
    public double RadioRange1GbpsM { get; init; } = 10_000;

    /// <summary>Richtfunk range at up to 10 Gbit/s, metres.</summary>
    public double RadioRange10GbpsM { get; init; } = 3_000;

    /// <summary>Leased-line bandwidth, Mbit/s.</summary>
    public int LeasedMbps { get; init; } = 100;

    public double LeasedSetupCost { get; init; } = 1500;

    public double LeasedMonthlyCost { get; init; } = 450;

    /// <summary>WLAN access point installed, €.</summary>
    public double WlanApCost { get; init; } = 650;

    public int WlanApLifeYears { get; init; } = 6;

    public double WlanApYearlyLicence { get; init; } = 40;

    /// <summary>PoE switch per <see cref="ApsPerSwitch"/> access points, €.</summary>
    public double PoeSwitchCost { get; init; } = 1200;

    public int PoeSwitchLifeYears { get; init; } = 8;

    public int ApsPerSwitch { get; init; } = 24;
}
