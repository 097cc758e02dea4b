using System.Diagnostics;
using Infra.Core.Sites;
using Infra.Planning.Baseline;
using Infra.Planning.Evaluation;
using Infra.Planning.Instance;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Infra.Planning.Design;

/// <summary>
/// Decides technology per site, trenches, taps and radio hubs at least NPV, with a proven bound.
/// <list type="number">
/// <item>The greedy baseline (Prim with sites as relays) gives the first incumbent.</item>
/// <item>The LP of the directed-cut model is tightened by rounds of violated cuts: a valid lower bound.</item>
/// <item>Columns whose reduced cost exceeds incumbent − bound are fixed to zero (no better design uses them).</item>
/// <item>CBC branch-and-cut on the rest, with the cuts found (fixed against the greedy incumbent), and further cuts
/// separated in its callback; its design is repaired where lazily separated cuts let a site float, pruned, and
/// kept only if it beats the incumbent.</item>
/// </list>
/// The design returned never costs more than the greedy baseline.
/// </summary>
public sealed class NetworkDesignOptimizer
{
    private readonly ILogger _logger;

    public NetworkDesignOptimizer(ILogger? logger = null)
    {
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>One-shot entry with default logging.</summary>
    public static DesignOptimizerResult Optimize(PlanningInstance instance, CancellationToken cancellationToken = default) =>
        new NetworkDesignOptimizer().Solve(instance, null, cancellationToken);

    /// <summary>Solves within the scenario's time limit and gap; reports progress in [0, 1].</summary>
    public DesignOptimizerResult Solve(PlanningInstance instance, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var settings = instance.Scenario.Solver;
        var clock = Stopwatch.StartNew();

        var greedy = GreedyBaseline.Solve(instance, cancellationToken);
        var greedySeconds = clock.Elapsed.TotalSeconds;
        var greedyScore = Score(instance, greedy);
        _logger.LogInformation("Greedy baseline: {Objective:F0} EUR in {Seconds:F1} s", greedyScore, greedySeconds);

        var model = NetworkDesignModel.Build(instance);
        var separator = new DirectedCutSeparator(model);
        var lp = new CuttingPlaneBound(model, separator);
        var lpSeconds = Math.Max(1, settings.TimeLimitSeconds * 0.4);
        var lpProgress = progress is null ? null : new Progress<double>(p => progress.Report(0.4 * p));
        lp.Run(lpSeconds, cutsPerRound: 4000, stallRelative: 1e-5, lpProgress, cancellationToken);
        var bound = lp.Bound;
        _logger.LogInformation(
            "Cutting-plane LP: bound {Bound:F0} EUR after {Rounds} rounds, {Cuts} cuts, {Seconds:F1} s",
            bound, lp.Rounds, lp.Cuts.Count, clock.Elapsed.TotalSeconds);

        var best = greedy;
        var bestScore = greedyScore;
        var method = "greedy";
        long nodes = 0;
        var fixedColumns = 0;
        var targetGap = settings.RelativeGap;

        // The target gap is the stopping rule; as long as time remains, branch-and-cut aims ten times tighter,
        // because on city instances it often proves optimality in seconds and the plan then beats the greedy.
        var searchGap = targetGap / 10;
        if (!Closed(bestScore, bound, searchGap) && lp.Solution.Length > 0 && clock.Elapsed.TotalSeconds < settings.TimeLimitSeconds)
        {
            var upper = FixByReducedCost(model, lp, bestScore, bound, out fixedColumns);
            var remaining = settings.TimeLimitSeconds - clock.Elapsed.TotalSeconds;
            // A fresh separator: the LP loop's one remembers its cuts and would not hand them out again.
            var stage = new BranchAndCutStage(model, new DirectedCutSeparator(model), _logger);
            var outcome = stage.Run(upper, lp.Cuts, Math.Max(5, remaining), searchGap, settings.Threads, cancellationToken);
            nodes = outcome.Nodes;
            if (outcome.Solution is { } values)
            {
                var design = DesignPruner.Prune(instance, DesignRepair.ConnectFibreSites(instance, DesignColumns.ToDesign(model, values)));
                var score = Score(instance, design);
                if (score < bestScore - 1e-6 && DesignFeasibility.Check(instance, design).Count == 0)
                {
                    best = design;
                    bestScore = score;
                    method = "branch-and-cut";
                }
            }

            // The fixed model holds every design cheaper than the incumbent it was fixed against, so
            // min(incumbent, its bound) bounds the whole problem.
            if (!double.IsNegativeInfinity(outcome.BestBound))
            {
                bound = Math.Max(bound, Math.Min(greedyScore, outcome.BestBound));
            }
        }

        progress?.Report(1);
        bound = Math.Min(bound, bestScore);
        var status = Closed(bestScore, bound, 1e-9) ? "optimal" : Closed(bestScore, bound, targetGap) ? "within-target-gap" : "time-limit";
        return new DesignOptimizerResult(
            best, bestScore, bound, BoundLabel(instance), status, method, clock.Elapsed.TotalSeconds, nodes,
            lp.Rounds, lp.Cuts.Count, fixedColumns, greedyScore, greedySeconds);
    }

    /// <summary>The objective as the model counts it: the design's NPV plus the penalty per site left unserved although it had an option.</summary>
    public static double Score(PlanningInstance instance, NetworkDesign design) => DesignEvaluator.Score(instance, design);

    private static bool Closed(double objective, double bound, double gap) =>
        !double.IsNegativeInfinity(bound) && objective - bound <= gap * Math.Abs(objective) + 1e-6;

    private static string BoundLabel(PlanningInstance instance)
    {
        var stats = instance.Graph.Stats;
        var graph = stats.UsedFallback ? "k-nächste-Nachbarn-Netz mit Umwegfaktor" : "Straßennetz";
        return stats.IsRestricted
            ? $"gültig für das eingeschränkte Kandidatennetz ({graph}, Vereinigung der {stats.PathsPerSite} günstigsten Wege je Liegenschaft)"
            : $"gültig für das vollständige Kandidatennetz ({graph}, nur exakte Reduktionen)";
    }

    private static double[] FixByReducedCost(NetworkDesignModel model, CuttingPlaneBound lp, double incumbent, double bound, out int fixedCount)
    {
        var upper = model.Model.ColumnUpper.ToArray();
        var slack = incumbent - bound;
        fixedCount = 0;
        for (var j = 0; j < upper.Length; j++)
        {
            if (lp.Solution[j] < 1e-9 && lp.ReducedCosts[j] > slack + 1e-6)
            {
                upper[j] = 0;
                fixedCount++;
            }
        }

        return upper;
    }
}
