using Infra.Planning.Evaluation;
using Infra.Planning.Instance;

namespace Infra.Planning.Baseline;

/// <summary>
/// The baseline of public school-connectivity planners, on the same instance and objective as the optimiser
/// (<see cref="DesignEvaluator.Score(PlanningInstance, NetworkDesign)"/>):
/// <list type="number">
/// <item>Every site takes its cheapest non-fibre option: a leased line, or Richtfunk to a hub that has fibre today
/// with a free link (sites whose other choice is dearest first); or none.</item>
/// <item>Prim-like growth of fibre from the existing network: shortest paths by passive NPV (CAPEX × passive factor)
/// from all taps (at their tap cost) and from every node already connected (at 0, so connected sites relay). The site
/// that saves most against its current choice is connected while it saves anything and the trench and CAPEX limits up
/// to the deadline allow. When no single site saves, a few of the least-losing sites are tried as seeds: the seed is
/// connected, growth resumes, and the trial is kept only if the total cost fell (sharing a trench).</item>
/// <item>Sites on a leased line (or none) switch to Richtfunk where a hub that now has fibre has a free link and
/// Richtfunk is cheaper.</item>
/// <item>An unserved site that only lacks a radio install gets one from a Richtfunk site that moves to its leased line
/// or to fibre, when that costs less than leaving it unserved.</item>
/// <item>Fibre leaves are re-routed: a site's own branch is replaced by the cheapest path from the rest of the
/// network (or a new tap) where that costs less; again after the next step.</item>
/// <item>Fibre sites switch to Richtfunk where a hub with fibre has a free link and the link costs less than the site's
/// fibre option plus the trench branch only it uses.</item>
/// <item>Sites still unserved get their cheapest addition that fits the limits (<see cref="UnservedFill"/>).</item>
/// </list>
/// Every step checks the limits against what the design has chosen, so the design is feasible after each of them.
/// When the time limit is up, the run stops with the design it has (an unfinished sharing trial is undone), pruned.
/// Deterministic below the time limit (ties by site, node and edge index).
/// </summary>
public static class GreedyBaseline
{
    /// <summary>Least-losing sites tried as seeds per round of the sharing search.</summary>
    private const int SeedsPerRound = 16;

    /// <summary>Runs every step without a time limit.</summary>
    public static NetworkDesign Solve(PlanningInstance instance, CancellationToken cancellationToken = default) =>
        Solve(instance, new GreedyOptions(), cancellationToken).Design;

    /// <summary>Runs the steps until the last one or the time limit.</summary>
    public static GreedyResult Solve(PlanningInstance instance, GreedyOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(options);
        var clock = new GreedyClock(options.Time, options.TimeLimitSeconds);
        var state = new GreedyState(instance);
        var radio = new RadioSteps(state, clock);
        var routes = new RouteImprover(state, clock);
        radio.ChooseNonFibre(cancellationToken);
        var growth = new FibreGrowth(state, clock);
        growth.GrowFibre(SeedsPerRound, cancellationToken);
        radio.ReassignRadio(cancellationToken);
        radio.ServeUnservedByFreeingInstalls(growth, cancellationToken);
        state.SiteChanged = null;
        routes.ImproveRoutes(cancellationToken);
        routes.SwitchFibreToRadio(cancellationToken);
        routes.ImproveRoutes(cancellationToken);
        var design = DesignPruner.Prune(instance, state.ToDesign());
        if (!clock.Expired)
        {
            design = UnservedFill.Fill(instance, design, cancellationToken);
        }

        return new GreedyResult(design, clock.Stopped, clock.ElapsedSeconds);
    }
}
