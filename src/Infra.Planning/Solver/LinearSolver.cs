using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Infra.Planning.Solver;

/// <summary>
/// A MIP/LP model and its solver, shaped like OR-Tools' <c>Solver</c> (MakeIntVar, MakeConstraint, Objective, Solve)
/// on Google OR-Tools' linear solver wrapper: <see cref="SolverParameters.MipEngine"/> (SCIP by default) for models
/// with integer variables, <see cref="SolverParameters.LpEngine"/> (GLOP by default) for LPs and relaxations. The model
/// lives in managed memory; each solve loads it into a fresh OR-Tools solver and disposes that before returning, so
/// nothing native outlives <c>Solve</c> and solves in different threads run at the same time. Native output is
/// always suppressed; the façade logs rounds and results at debug level. Infeasibility, limits and gaps are reported in
/// <see cref="SolverResult"/>, never thrown. Not thread-safe (one instance per thread).
/// </summary>
/// <exception cref="SolverUnavailableException">From <c>Solve</c> when OR-Tools' native library cannot be loaded.</exception>
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

    /// <summary>Sets (or with null removes) the cut generator; see <see cref="ICutGenerator"/> for when it is called.</summary>
    public void SetCutGenerator(ICutGenerator? generator) => _cutGenerator = generator;

    /// <summary>Solves the MIP (an LP when no variable is integer).</summary>
    public SolverResult Solve() => Run(relax: false);

    /// <summary>
    /// Solves the LP relaxation (integrality dropped); BestBound equals the LP objective. With a cut generator it runs
    /// a cutting-plane loop (see <see cref="ICutGenerator"/>).
    /// </summary>
    public SolverResult SolveRelaxation() => Run(relax: true);

    public void Dispose()
    {
        // Native solvers are disposed inside each solve; disposing releases the managed model and blocks further use.
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
        var sign = _objective.Maximization ? -1.0 : 1.0;
        var cost = _objective.Coefficients.Select(c => sign * c).ToArray();
        var extraRows = new List<SparseCut>();
        var stats = (Calls: 0, IntegralCalls: 0, Cuts: 0, LazyRounds: 0);
        SolveRound round;
        while (true)
        {
            var remaining = Parameters.TimeLimitSeconds is { } limit ? Math.Max(0.01, limit - clock.Elapsed.TotalSeconds) : (double?)null;
            round = OrToolsRound.Solve(_variables, _constraints, cost, extraRows, Parameters, remaining, relax);
            if (Parameters.LogLevel > 0)
            {
                _logger.LogDebug("Solver log: {Status}, round {Round} on {Engine}, objective {Objective}, bound {Bound}, {Nodes} nodes, {Rows} rows",
                    round.Status, stats.LazyRounds + 1, relax ? Parameters.LpEngine.ToString() : Parameters.MipEngine.ToString(),
                    round.Objective, round.Bound, round.Nodes, _constraints.Count + extraRows.Count);
            }

            var violated = ViolatedCuts(round, ref stats);
            if (violated.Count == 0)
            {
                break;
            }

            var timeUp = Parameters.TimeLimitSeconds is { } l && clock.Elapsed.TotalSeconds >= l;
            if (stats.LazyRounds >= Parameters.MaxLazyRounds || timeUp)
            {
                if (!timeUp)
                {
                    _logger.LogWarning("Solver {Name}: cut generator still rejects the solution after {Rounds} rounds.", Name, stats.LazyRounds);
                }

                // The bound of the last round stays valid (its rows are valid cuts); its solution does not.
                round = round with { Status = SolverStatus.NoSolutionInTime, Objective = double.NaN, Values = [] };
                break;
            }

            extraRows.AddRange(violated);
            stats.LazyRounds++;
        }

        LastCutStatistics = stats;
        LastResult = ToResult(round, clock.Elapsed);
        _logger.LogDebug(
            "Solver {Name}: {Status}, objective {Objective}, bound {Bound}, {Nodes} nodes, {Seconds:F2} s",
            Name, LastResult.Status, LastResult.ObjectiveValue, LastResult.BestBound, LastResult.NodeCount, clock.Elapsed.TotalSeconds);
        return LastResult;
    }

    /// <summary>Asks the generator for cuts the round's solution violates (an integer-level lazy check, or an LP cut round).</summary>
    private List<SparseCut> ViolatedCuts(SolveRound round, ref (int Calls, int IntegralCalls, int Cuts, int LazyRounds) stats)
    {
        if (_cutGenerator is null || !round.HasSolution)
        {
            return [];
        }

        var sink = new CollectingCutSink(_variables.Count);
        stats.Calls++;
        if (IsIntegral(round.Values))
        {
            stats.IntegralCalls++;
        }

        _cutGenerator.Generate(round.Values, sink);
        var violated = sink.Cuts.Where(c => c.Violation(round.Values) > 1e-6).ToList();
        stats.Cuts += violated.Count;
        return violated;
    }

    private bool IsIntegral(double[] x)
    {
        for (var j = 0; j < x.Length; j++)
        {
            if (_variables[j].IsInteger && Math.Abs(x[j] - Math.Round(x[j])) > 1e-6)
            {
                return false;
            }
        }

        return true;
    }

    private SolverResult ToResult(SolveRound round, TimeSpan elapsed)
    {
        var sign = _objective.Maximization ? -1.0 : 1.0;
        var objective = round.HasSolution ? (sign * round.Objective) + _objective.Offset : double.NaN;
        var bound = round.Status switch
        {
            SolverStatus.Optimal => objective,
            SolverStatus.Feasible or SolverStatus.NoSolutionInTime when double.IsFinite(round.Bound) => (sign * round.Bound) + _objective.Offset,
            _ => double.NaN,
        };
        var gap = round.HasSolution ? Math.Abs(objective - bound) / Math.Max(Math.Abs(objective), 1e-9) : double.NaN;
        return new SolverResult(round.Status, objective, bound, gap, elapsed, (int)Math.Min(int.MaxValue, round.Nodes), round.Values);
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);
}
