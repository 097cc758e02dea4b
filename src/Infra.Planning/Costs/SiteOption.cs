using Infra.Core.Sites;

namespace Infra.Planning.Costs;

/// <summary>
/// One feasible technology for a site with its standalone cost. For <see cref="Technology.Fibre"/> the cost is the
/// site's own part only (building entry, active equipment, their upkeep and reinvestment), without trenches, which
/// the network design shares.
/// </summary>
/// <param name="Technology">The technology.</param>
/// <param name="CapexEuro">One-off investment at go-live, €.</param>
/// <param name="OpexPerYearEuro">Running cost per year, €.</param>
/// <param name="NpvEuro">Net present value of all costs over the horizon, discounted to the planning start, €.</param>
public sealed record SiteOption(Technology Technology, double CapexEuro, double OpexPerYearEuro, double NpvEuro);
