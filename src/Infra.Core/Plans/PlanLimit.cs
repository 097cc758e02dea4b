namespace Infra.Core.Plans;

/// <summary>What keeps an unserved site from one technology in the returned plan, with the figures.</summary>
/// <param name="Technology">fibre, radio or leased.</param>
/// <param name="Code">The limit that the technology's cheapest addition to the plan would break.</param>
/// <param name="Needed">What that addition needs of the limit (€ for budget and dearer_than_penalty, m for trench_capacity, installs, links).</param>
/// <param name="Available">What the plan leaves of it (for dearer_than_penalty: the penalty of an unserved site, €).</param>
[SnakeCaseJson]
public sealed record PlanLimit(PlanTechnology Technology, LimitCode Code, double Needed, double Available);
