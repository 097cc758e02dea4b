namespace Infra.Core.Plans;

/// <summary>
/// Where a programme stands at a Stichtag and what the deadline will see (issue 12). Room in the contract for the
/// status story; its producer extends it.
/// </summary>
/// <param name="StatusDate">The Stichtag.</param>
/// <param name="SitesConnected">Sites connected at the Stichtag.</param>
/// <param name="SitesConnectedAtDeadline">Sites with their own uplink live by the deadline.</param>
/// <param name="SitesBridgedAtDeadline">Sites bridged by an interim leased line at the deadline.</param>
/// <param name="SitesMissedAtDeadline">Sites neither connected nor bridged at the deadline.</param>
/// <param name="Measures">What would make the deadline hold, with its cost.</param>
[SnakeCaseJson]
public sealed record PlanForecast(
    DateOnly StatusDate,
    int SitesConnected,
    int SitesConnectedAtDeadline,
    int SitesBridgedAtDeadline,
    int SitesMissedAtDeadline,
    IReadOnlyList<PlanMeasure> Measures);
