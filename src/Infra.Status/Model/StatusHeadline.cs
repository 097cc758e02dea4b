namespace Infra.Status.Model;

/// <summary>The headline figures as of the Stichtag and the forecast's traffic light.</summary>
/// <param name="Sites">Sites in scope.</param>
/// <param name="Connected">Connected on the Stichtag (Ist).</param>
/// <param name="ConnectedShare">Ist share.</param>
/// <param name="Planned">Connected by the Ausgangsplan on the Stichtag.</param>
/// <param name="PlannedShare">Ausgangsplan share.</param>
/// <param name="DifferencePoints">Ist − Ausgangsplan, percentage points.</param>
/// <param name="WlanShare">Sites with WLAN in service (Ist).</param>
/// <param name="WlanPlannedShare">WLAN share the Ausgangsplan has by the Stichtag.</param>
/// <param name="WlanDifferencePoints">WLAN Ist − plan, percentage points.</param>
/// <param name="Light">The traffic light.</param>
/// <param name="LightLabel">"hält", "gefährdet" or "hält nicht".</param>
/// <param name="ForecastConnected">Sites with their own uplink at the deadline (Fortschreibung).</param>
/// <param name="ForecastBridged">Sites only bridged at the deadline.</param>
/// <param name="ForecastMissed">Sites neither connected nor bridged.</param>
public sealed record StatusHeadline(
    int Sites,
    int Connected,
    double ConnectedShare,
    int Planned,
    double PlannedShare,
    double DifferencePoints,
    double WlanShare,
    double WlanPlannedShare,
    double WlanDifferencePoints,
    TrafficLight Light,
    string LightLabel,
    int ForecastConnected,
    int ForecastBridged,
    int ForecastMissed);
