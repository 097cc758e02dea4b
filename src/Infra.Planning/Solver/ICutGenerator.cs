namespace Infra.Planning.Solver;

/// <summary>
/// Separates cuts during branch-and-cut (registered with <see cref="LinearSolver.SetCutGenerator"/>), e.g. the
/// connectivity cuts of the network design. Called on CBC's solver thread(s) with the current LP solution indexed
/// by <see cref="Variable.Index"/>; the span is valid only during the call. Calls are serialised by the façade.
/// A throwing generator stops being called; the exception is rethrown by <c>Solve</c> after CBC returns.
/// <para>
/// Behaviour of CBC 2.10.8, found by experiment (SolverCutCallbackTests): <c>Cbc_addCutCallback</c> registers the
/// callback as an ordinary cut generator (every node, not "at solution"). It is called on fractional LP solutions
/// at the root and in the tree. It is NOT a lazy-constraint callback: an integral root LP is accepted as incumbent
/// without calling it, a MIP start that violates its cuts is accepted and returned, and incumbents from CBC's
/// heuristics are not checked (seen: the callback added cuts, yet the final incumbent still violated them).
/// The façade therefore checks the final incumbent with the generator: if it emits cuts the incumbent violates,
/// those cuts and all cuts CBC received become rows and the model is solved again, at most
/// <see cref="SolverParameters.MaxLazyRounds"/> times (then the status is NoSolutionInTime). The solution returned
/// thus satisfies every cut the generator produces for it. Preprocessing is off while a generator is set, because
/// it renumbers columns.
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
