using Infra.Core.Sites;

namespace Infra.Planning.Plans;

/// <summary>What keeps an unserved site from one technology in the returned plan.</summary>
/// <param name="Technology">The technology.</param>
/// <param name="Code">
/// <c>budget</c>, <c>trench_capacity</c>, <c>radio_installs</c>, <c>hub_links</c>, <c>no_hub_with_fibre</c>,
/// <c>dearer_than_penalty</c>, or <c>fits_limits</c> (nothing blocks it: the optimiser stopped before it).
/// </param>
/// <param name="Needed">What the cheapest addition needs of the limit (€, trench metres, installs, links).</param>
/// <param name="Available">What the plan leaves of it.</param>
public sealed record UnservedBlock(Technology Technology, string Code, double Needed, double Available);
