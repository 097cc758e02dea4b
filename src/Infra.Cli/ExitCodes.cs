namespace Infra.Cli;

/// <summary>Process exit codes of the infra command.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The user's data or scenario is broken; the message names file, feature, property.</summary>
    public const int BadInput = 2;

    /// <summary>A native part (OR-Tools) or the database is missing or unreachable.</summary>
    public const int Environment = 3;

    /// <summary>The plan misses the deadline or leaves sites unserved.</summary>
    public const int PlanIncomplete = 4;
}
