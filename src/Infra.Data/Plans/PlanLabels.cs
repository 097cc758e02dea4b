namespace Infra.Data.Plans;

/// <summary>
/// The roles a stored plan version plays in the programme's story, as codes (stored in <c>plan_versions.label</c>);
/// the German words (Ausgangsplan, Fortschreibung) come from the glossary, domain <c>plan_label</c>.
/// </summary>
public static class PlanLabels
{
    /// <summary>The baseline made at the project's start, against which progress is measured.</summary>
    public const string Baseline = "baseline";

    /// <summary>A re-plan as of a Stichtag, continuing a baseline with what is built.</summary>
    public const string Replan = "replan";
}
