namespace Infra.Planning.Solver;

/// <summary>
/// OR-Tools' native solver library (shipped in the package <c>Google.OrTools.runtime.linux-x64</c>) cannot be loaded,
/// or the requested engine is not part of it. The message is one line naming what is missing.
/// </summary>
public sealed class SolverUnavailableException : Exception
{
    public SolverUnavailableException()
    {
    }

    public SolverUnavailableException(string message)
        : base(message)
    {
    }

    public SolverUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
