namespace Infra.Core.Plans;

/// <summary>
/// One top-level statement about a plan (e.g. code <c>no_network_layer</c>, <c>most_sites_unservable</c>,
/// <c>line_of_sight_not_verified</c>; labels in the glossary's <c>verdict</c> domain).
/// </summary>
/// <param name="Code">Verdict code.</param>
/// <param name="Severity">How serious.</param>
/// <param name="Message">One German sentence for people, naming what to do.</param>
/// <param name="Figures">The numbers behind it by snake_case name with unit (e.g. <c>links</c>, <c>sites_unserved</c>).</param>
[SnakeCaseJson]
public sealed record PlanVerdict(string Code, VerdictSeverity Severity, string Message, IReadOnlyDictionary<string, double> Figures);
