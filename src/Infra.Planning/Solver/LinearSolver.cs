using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Infra.Planning.Solver;

/// <summary>
/// A MIP/LP model and its solver, shaped like OR-Tools' <c>Solver</c> (MakeIntVar, MakeConstraint, Objective, Solve)
/// on a COIN-OR CBC backend. The model lives in managed memory; each solve loads it into a fresh native CBC model
/// in one call and frees that model before returning, so nothing native outlives <c>Solve</c>.
/// Infeasibility, limits and gaps are reported in <see cref="SolverResult"/>, never thrown. Not thread-safe.
/// </summary>
/// <exception cref="SolverUnavailableException">From the constructor when CBC cannot be loaded.</exception>
public sealed class LinearSolver : IDisposable
{
    private readonly List<Variable> _variables = [];
    private readonly List<Constraint> _constraints = [];
    private readonly Objective _objective;
    private readonly ILogger _logger;
    private ICutGenerator? _cutGenerator;
    private bool _disposed;

    public LinearSolver(string name, SolverParameters? parameters = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        CbcLibrary.EnsureLoaded();
        Name = name;
        Parameters = parameters ?? new SolverParameters();
        _logger = logger ?? NullLogger.Instance;
        _objective = new Objective(this);
    }

    public string Name { get; }

    /// <summary>Settings for the next solve; validated when solving.</summary>
    public SolverParameters Parameters { get; set; }

    public IReadOnlyList<Variable> Variables => _variables;

    public IReadOnlyList<Constraint> Constraints => _constraints;

    public int NumVariables => _variables.Count;

    public int NumConstraints => _constraints.Count;

    /// <summary>The last solve's result, or null before the first.</summary>
    public SolverResult? LastResult { get; private set; }

    /// <summary>Cut callback counters of the last MIP solve (all rounds), for diagnostics.</summary>
    internal (int Calls, int IntegralCalls, int Cuts, int LazyRounds) LastCutStatistics { get; private set; }

    public Variable MakeVar(double lowerBound, double upperBound, bool isInteger, string name)
    {
        ThrowIfDisposed();
        CheckBounds(lowerBound, upperBound);
        var variable = new Variable(this, _variables.Count, name ?? "", lowerBound, upperBound, isInteger);
        _variables.Add(variable);
        _objective.AddColumn();
        return variable;
    }

    public Variable MakeNumVar(double lowerBound, double upperBound, string name) => MakeVar(lowerBound, upperBound, false, name);

    public Variable MakeIntVar(double lowerBound, double upperBound, string name) => MakeVar(lowerBound, upperBound, true, name);

    public Variable MakeBoolVar(string name) => MakeVar(0, 1, true, name);

    /// <summary>Bulk form: <paramref name="count"/> variables named prefix0, prefix1, …</summary>
    public Variable[] MakeVarArray(int count, double lowerBound, double upperBound, bool isInteger, string namePrefix)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var result = new Variable[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = MakeVar(lowerBound, upperBound, isInteger, namePrefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return result;
    }

    public Constraint MakeConstraint(double lowerBound, double upperBound, string name = "")
    {
        ThrowIfDisposed();
        CheckBounds(lowerBound, upperBound);
        var constraint = new Constraint(this, _constraints.Count, name ?? "", lowerBound, upperBound);
        _constraints.Add(constraint);
        return constraint;
    }

    /// <summary>
    /// Bulk form: a row with its terms given as variable indices and coefficients (same length). Duplicate indices
    /// are summed; no per-term lookup, so this is the fast path for large models.
    /// </summary>
    public Constraint MakeConstraint(
        double lowerBound, double upperBound, ReadOnlySpan<int> variableIndices, ReadOnlySpan<double> coefficients, string name = "")
    {
        CutValidation.Check(variableIndices, coefficients, _variables.Count);
        var constraint = MakeConstraint(lowerBound, upperBound, name);
        constraint.AppendRange(variableIndices, coefficients);
        return constraint;
    }

    public Objective Objective() => _objective;

    /// <summary>Sets (or with null removes) the cut generator; see <see cref="ICutGenerator"/> for when CBC calls it.</summary>
    public void SetCutGenerator(ICutGenerator? generator) => _cutGenerator = generator;

    /// <summary>Solves the MIP (an LP when no variable is integer).</summary>
    public SolverResult Solve() => Run(relax: false);

    /// <summary>
    /// Solves the LP relaxation (integrality dropped); BestBound equals the LP objective. With a cut generator it runs
    /// a cutting-plane loop (see <see cref="ICutGenerator"/>). The time limit does not apply to LP solves.
    /// </summary>
    public SolverResult SolveRelaxation() => Run(relax: true);

    public void Dispose()
    {
        // Native models are freed inside each solve; disposing releases the managed model and blocks further use.
        _disposed = true;
        _variables.Clear();
        _constraints.Clear();
        _cutGenerator = null;
    }

    internal double ValueOf(int index)
    {
        if (LastResult is not { HasSolution: true } result)
        {
            throw new InvalidOperationException("The last solve has no solution.");
        }

        return result.Values[index];
    }

    internal void CheckOwned(Variable variable)
    {
        if (!variable.BelongsTo(this))
        {
            throw new ArgumentException($"Variable {variable.Name} belongs to another solver.", nameof(variable));
        }
    }

    internal static void CheckBounds(double lowerBound, double upperBound)
    {
        if (double.IsNaN(lowerBound) || double.IsNaN(upperBound) || lowerBound > upperBound)
        {
            throw new ArgumentException($"Invalid bounds [{lowerBound}, {upperBound}].");
        }
    }

    private SolverResult Run(bool relax)
    {
        ThrowIfDisposed();
        var errors = Parameters.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid solver parameters: " + string.Join(" ", errors));
        }

        if (Parameters.MipStart is { } start && start.Count != _variables.Count)
        {
            throw new ArgumentException($"MipStart has {start.Count} values for {_variables.Count} variables.");
        }

        var clock = Stopwatch.StartNew();
        var backend = new CbcBackend(_logger);
        var extraRows = new List<SparseCut>();
        var stats = (Calls: 0, IntegralCalls: 0, Cuts: 0, LazyRounds: 0);
        CbcRound round;
        List<SparseCut> nativeCuts = [];
        while (true)
        {
            var problem = CbcProblemBuilder.Build(_variables, _constraints, _objective, extraRows);
            var remaining = Parameters.TimeLimitSeconds is { } limit ? Math.Max(0.01, limit - clock.Elapsed.TotalSeconds) : (double?)null;
            using (var bridge = _cutGenerator is null ? null : new CutCallbackBridge(_cutGenerator, problem.IsInteger))
            {
                round = backend.Solve(problem, Parameters, remaining, bridge, relax);
                bridge?.ThrowIfFailed();
                stats = (stats.Calls + (bridge?.Calls ?? 0), stats.IntegralCalls + (bridge?.IntegralCalls ?? 0),
                    stats.Cuts + (bridge?.CutsAdded ?? 0), stats.LazyRounds);
                nativeCuts = bridge?.NativeCuts ?? [];
            }

            var violated = ViolatedCuts(round);
            if (violated.Count == 0)
            {
                break;
            }

            if (stats.LazyRounds >= Parameters.MaxLazyRounds)
            {
                _logger.LogWarning("Solver {Name}: cut generator still rejects the solution after {Rounds} rounds.", Name, stats.LazyRounds);
                round = round with { Status = SolverStatus.NoSolutionInTime, Objective = double.NaN, Values = [] };
                break;
            }

            // CBC's own cuts are valid too; keeping them as rows saves the next round from finding them again.
            extraRows.AddRange(violated);
            extraRows.AddRange(nativeCuts);
            stats.LazyRounds++;
        }

        LastCutStatistics = stats;
        LastResult = ToResult(round, clock.Elapsed);
        _logger.LogInformation(
            "Solver {Name}: {Status}, objective {Objective}, bound {Bound}, {Nodes} nodes, {Seconds:F2} s",
            Name, LastResult.Status, LastResult.ObjectiveValue, LastResult.BestBound, LastResult.NodeCount, clock.Elapsed.TotalSeconds);
        return LastResult;
    }

    private List<SparseCut> ViolatedCuts(CbcRound round)
    {
        if (_cutGenerator is null || !round.HasSolution)
        {
            return [];
        }

        var sink = new CollectingCutSink(_variables.Count);
        _cutGenerator.Generate(round.Values, sink);
        return sink.Cuts.Where(c => c.Violation(round.Values) > 1e-6).ToList();
    }

    private SolverResult ToResult(CbcRound round, TimeSpan elapsed)
    {
        var sign = _objective.Maximization ? -1.0 : 1.0;
        var objective = sign * round.Objective + _objective.Offset;
        var bound = sign * round.Bound + _objective.Offset;
        var gap = round.HasSolution ? Math.Abs(objective - bound) / Math.Max(Math.Abs(objective), 1e-9) : double.NaN;
        return new SolverResult(round.Status, objective, bound, gap, elapsed, round.Nodes, round.Values);
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);
}
