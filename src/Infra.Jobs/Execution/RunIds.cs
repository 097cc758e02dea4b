namespace Infra.Jobs.Execution;

/// <summary>Short, unique run ids (12 hex digits), easy to type into <c>infra jobs cancel</c>.</summary>
internal static class RunIds
{
    public static string New() => Guid.NewGuid().ToString("N")[..12];
}
