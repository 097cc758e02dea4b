using Infra.Planning.Replan;

namespace Infra.Status.Model;

/// <summary>Bridging instead of more capacity: interim leased lines until the own uplink.</summary>
/// <param name="Sites">Sites bridged.</param>
/// <param name="CostEuro">Setups and monthly fees until the own uplink, € (nominal).</param>
/// <param name="Basis">Which forecast it belongs to (Fortschreibung or observed rate).</param>
/// <param name="Description">One German sentence saying what the figure includes.</param>
public sealed record BridgingStatus(int Sites, double CostEuro, MeasureBasis Basis, string Description);
