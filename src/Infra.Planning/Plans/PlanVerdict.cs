namespace Infra.Planning.Plans;

/// <summary>
/// A top-level statement about a whole plan, printed before everything else: a stable code, its severity, one German
/// line for city staff (naming what to import where inputs are missing) and the figures behind it.
/// </summary>
/// <param name="Code">Stable snake_case code, e.g. <c>no_network</c>.</param>
/// <param name="Severity">How much it weighs.</param>
/// <param name="Text">One German line.</param>
/// <param name="Figures">The counts and amounts the line states, by snake_case name.</param>
public sealed record PlanVerdict(string Code, VerdictSeverity Severity, string Text, IReadOnlyDictionary<string, double> Figures);
