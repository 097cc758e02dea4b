using Infra.Core.Sites;
using Infra.Core.Plans;

namespace Infra.Planning.Evaluation;

/// <summary>
/// The cheapest way to add one technology for an unserved site to a design, and whether a limit blocks it.
/// </summary>
/// <param name="Technology">The technology.</param>
/// <param name="CapexEuro">CAPEX the addition needs: the option's own, plus path and new tap for fibre, €.</param>
/// <param name="NpvEuro">What it adds to the objective: option NPV, plus passive NPV of path and tap for fibre, €.</param>
/// <param name="TrenchMetres">New trench metres (fibre only).</param>
/// <param name="HubIndex">The hub for Richtfunk, else -1.</param>
/// <param name="Edges">The path's new edges for fibre (site first), else empty.</param>
/// <param name="NewTap">The tap the fibre path opens, else -1.</param>
/// <param name="Limit">The limit that blocks the addition, or <see cref="LimitCode.FitsLimits"/>.</param>
/// <param name="Needed">What the addition needs of that limit (€, metres, installs, links).</param>
/// <param name="Available">What the design leaves of it.</param>
public sealed record SiteAddition(
    Technology Technology,
    double CapexEuro,
    double NpvEuro,
    double TrenchMetres,
    int HubIndex,
    IReadOnlyList<int> Edges,
    int NewTap,
    LimitCode Limit,
    double Needed,
    double Available);
