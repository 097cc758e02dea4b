namespace Infra.Jobs;

/// <summary>Marker for the jobs assembly (Quartz job types are found through it).</summary>
public static class JobsAssembly
{
}
