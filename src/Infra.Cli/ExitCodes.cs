namespace Infra.Cli;

/// <summary>Process exit codes of the infra command.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The user's data or scenario is broken; the message names file, feature, property.</summary>
    public const int BadInput = 2;

    /// <summary>A native part (OR-Tools) or the database is missing or unreachable.</summary>
    public const int Environment = 3;

    /// <summary>
    /// The plan is not usable as it is: a verdict of severity error (no network layer, nothing served, most sites
    /// unservable) while the scenario does not allow partial plans.
    /// </summary>
    public const int PlanIncomplete = 4;
}
