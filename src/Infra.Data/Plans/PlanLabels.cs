namespace Infra.Data.Plans;

/// <summary>The roles a stored plan version plays in the programme's story (German, as city staff say them).</summary>
public static class PlanLabels
{
    /// <summary>The baseline made at the project's start, against which progress is measured.</summary>
    public const string Baseline = "Ausgangsplan";

    /// <summary>A re-plan as of a Stichtag, continuing a baseline with what is built.</summary>
    public const string Replan = "Fortschreibung";
}
