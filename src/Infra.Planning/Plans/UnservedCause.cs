namespace Infra.Planning.Plans;

/// <summary>
/// Why a site is not served, as code and figures (the German <see cref="PlannedSite.Reason"/> says the same):
/// <c>no_option</c> when no technology is possible at all, else the code of the block of its cheapest technology.
/// </summary>
public sealed record UnservedCause(string Code, IReadOnlyList<UnservedBlock> Blocks);
