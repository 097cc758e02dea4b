using Infra.Core.Sites;

namespace Infra.Planning.Instance;

/// <summary>
/// A design: technology per site (null: unserved or keeps its current uplink), hub per radio site,
/// built candidate edges and used taps. Indices refer to a <see cref="PlanningInstance"/>.
/// </summary>
/// <param name="Technology">Per site index; null when the site keeps its uplink or cannot be served.</param>
/// <param name="Hub">Per site index: hub index for radio sites, else -1.</param>
/// <param name="EdgeBuilt">Per candidate edge: built or not.</param>
/// <param name="TapUsed">Per candidate node: true where a tap node joins the existing LWL.</param>
public sealed record NetworkDesign(Technology?[] Technology, int[] Hub, bool[] EdgeBuilt, bool[] TapUsed);
