using System.Diagnostics;
using Infra.Planning.Solver;

namespace Infra.Planning.Design;

/// <summary>
/// The LP relaxation of the directed-cut model, tightened round by round with violated directed cuts
/// (an OR-Tools LP kept between rounds, <see cref="IncrementalLinearProgram"/>). Its optimum is a valid lower bound for the network design on the
/// candidate graph: every row added is valid for every optimal design.
/// </summary>
internal sealed class CuttingPlaneBound
{
    private readonly NetworkDesignModel _model;
    private readonly DirectedCutSeparator _separator;

    public CuttingPlaneBound(NetworkDesignModel model, DirectedCutSeparator separator, LpEngine engine = LpEngine.Glop)
    {
        _model = model;
        _separator = separator;
        Engine = engine;
    }

    public LpEngine Engine { get; }

    /// <summary>The incumbent to report beside the bound in progress (NaN for none).</summary>
    public double Incumbent { get; init; } = double.NaN;

    /// <summary>Phase reported in progress.</summary>
    public SolverPhase Phase { get; init; } = SolverPhase.CuttingPlanes;

    /// <summary>Cuts found so far, to hand to the MIP.</summary>
    public List<SparseRow> Cuts { get; } = [];

    public int Rounds { get; private set; }

    /// <summary>The last run ended because its time was up (not because no cut was violated or the bound stalled).</summary>
    public bool StoppedByTime { get; private set; }

    /// <summary>A bound at which the loop may stop (the incumbent is proven good enough); +∞ runs to the end.</summary>
    public double StopAt { get; init; } = double.PositiveInfinity;

    /// <summary>Receives one line per round (bound, cuts, time in LP and in separation) for the log.</summary>
    public Action<string>? Trace { get; init; }

    /// <summary>The LP value of the last round solved to optimality; negative infinity when none was.</summary>
    public double Bound { get; private set; } = double.NegativeInfinity;

    /// <summary>The LP solution of the last optimal round.</summary>
    public double[] Solution { get; private set; } = [];

    /// <summary>Reduced costs of the last optimal round (for fixing columns against an incumbent).</summary>
    public double[] ReducedCosts { get; private set; } = [];

    /// <summary>
    /// Runs rounds until no cut is violated, the bound stalls (less than <paramref name="stallRelative"/> gain over
    /// five rounds), or <paramref name="seconds"/> pass. Returns true when the final LP had no violated cut.
    /// </summary>
    public bool Run(double seconds, int cutsPerRound, double stallRelative, IProgress<SolverProgress>? progress, CancellationToken cancellationToken)
    {
        var lpClock = new Stopwatch();
        var separationClock = new Stopwatch();
        var clock = Stopwatch.StartNew();
        using var lp = new IncrementalLinearProgram(_model.Model, Engine);
        var history = new List<double>();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lpClock.Start();
            var solved = lp.Solve(seconds - clock.Elapsed.TotalSeconds);
            lpClock.Stop();
            if (!solved)
            {
                StoppedByTime = clock.Elapsed.TotalSeconds >= seconds - 1;
                return false;
            }

            Rounds++;
            Bound = lp.ObjectiveValue;
            Solution = lp.Solution();
            ReducedCosts = lp.ReducedCosts();
            history.Add(Bound);
            progress?.Report(new SolverProgress(Phase, Math.Min(1, clock.Elapsed.TotalSeconds / seconds), Rounds, Incumbent, Bound));
            separationClock.Start();
            var cuts = _separator.Separate(Solution, cutsPerRound, cancellationToken);
            separationClock.Stop();
            Trace?.Invoke($"round {Rounds}: bound {Bound:F0}, {cuts.Count} cuts, LP {lpClock.Elapsed.TotalSeconds:F1} s, separation {separationClock.Elapsed.TotalSeconds:F1} s");
            if (cuts.Count == 0)
            {
                return true;
            }

            if (Bound >= StopAt)
            {
                return false;
            }

            if (history.Count > 5 && history[^1] - history[^6] < stallRelative * Math.Abs(history[^1]))
            {
                return false;
            }

            Cuts.AddRange(cuts);
            lp.AddRows(cuts);
        }

        StoppedByTime = true;
        return false;
    }
}
