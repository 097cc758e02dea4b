namespace Infra.Planning.Instance;

/// <summary>
/// A possible Richtfunk hub: a site (which serves links only if it has or gets fibre) or an extra mast/roof.
/// </summary>
/// <param name="Index">Position in <see cref="PlanningInstance.Hubs"/>.</param>
/// <param name="Id">Site id or hub feature id.</param>
/// <param name="SiteIndex">Index of the site when the hub is a site; -1 for an extra hub.</param>
/// <param name="X">Easting, EPSG:25832 metres.</param>
/// <param name="Y">Northing, EPSG:25832 metres.</param>
/// <param name="MaxLinks">Links the hub carries at most.</param>
/// <param name="HasFibreAlready">True when the hub has fibre today (extra hubs with fibre, sites on fibre that keep it).</param>
public sealed record HubSpec(int Index, string Id, int SiteIndex, double X, double Y, int MaxLinks, bool HasFibreAlready);
