namespace Infra.Planning.Solver;

/// <summary>
/// Separates cuts for a <see cref="LinearSolver"/> (registered with <see cref="LinearSolver.SetCutGenerator"/>), e.g. the
/// connectivity cuts of the network design. Called on the solving thread with a solution indexed by
/// <see cref="Variable.Index"/>; the span is valid only during the call. An exception thrown by the generator ends the
/// solve and reaches the caller of <c>Solve</c>.
/// <para>
/// OR-Tools' .NET wrapper has no cut or lazy-constraint callbacks, so <see cref="LinearSolver.Solve"/> runs an
/// integer-level lazy loop: solve the MIP, hand its solution to the generator, add the cuts that solution violates as
/// rows and solve again, at most <see cref="SolverParameters.MaxLazyRounds"/> times and within the time limit (then the
/// status is NoSolutionInTime, with the last round's bound, which stays valid). The solution returned thus satisfies
/// every cut the generator produces for it. A MIP start is only a hint: the loop checks whatever the engine returns.
/// </para>
/// <para>
/// In <see cref="LinearSolver.SolveRelaxation"/> the generator drives a plain cutting-plane loop: solve the LP, add
/// the violated cuts as rows, repeat until none is violated or the round limit is reached.
/// </para>
/// </summary>
public interface ICutGenerator
{
    /// <summary>Adds cuts violated by <paramref name="lpSolution"/> to <paramref name="sink"/>; adds nothing when there are none.</summary>
    void Generate(ReadOnlySpan<double> lpSolution, ICutSink sink);
}
