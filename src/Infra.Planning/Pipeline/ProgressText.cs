using Infra.Core.Codes;
using Infra.Core.Language;
using Infra.Planning.Solver;

namespace Infra.Planning.Pipeline;

/// <summary>
/// What a planning run is doing, in the words city staff read: the one formatter behind the CLI's progress bar and
/// the solve job's progress message. Labels come from the glossary (<c>planning_stage</c>, <c>solver_phase</c>).
/// </summary>
public static class ProgressText
{
    /// <summary>The German name of a stage, e.g. "Optimierung".</summary>
    public static string Stage(PlanningStage stage) => Glossary.Label(DomainNames.PlanningStage, EnumCodes.Of(stage));

    /// <summary>
    /// One short line on a solver's phase and figures, e.g. "LP-Schnittebenen, Runde 4, bester Plan 19,94 Mio. €,
    /// Schranke 19,90 Mio. €, Lücke 0,20 %"; null when there is nothing to say yet. Design figures are euros, schedule
    /// figures are points.
    /// </summary>
    public static string? Solver(SolverProgress? progress, bool euros)
    {
        if (progress is not { } p)
        {
            return null;
        }

        string Value(double v) => euros ? GermanFormat.MillionEuro(v) : GermanFormat.Number(v) + " Punkte";
        var phase = Glossary.Label(DomainNames.SolverPhase, EnumCodes.Of(p.Phase));
        var parts = new List<string>
        {
            p.Phase switch
            {
                SolverPhase.CuttingPlanes or SolverPhase.WholeGraphBound when p.Round > 0 => $"{phase}, Runde {p.Round}",
                SolverPhase.CpSat when p.Round > 0 => $"{phase}, Lösung {p.Round}",
                _ => phase,
            },
        };
        if (double.IsFinite(p.Incumbent))
        {
            parts.Add("bester Plan " + Value(p.Incumbent));
        }

        if (double.IsFinite(p.Bound))
        {
            parts.Add("Schranke " + Value(p.Bound));
        }

        if (double.IsFinite(p.Gap))
        {
            parts.Add("Lücke " + GermanFormat.Percent(p.Gap, 2));
        }

        return string.Join(", ", parts);
    }

    /// <summary>
    /// The whole state of a run in one line, for a job's progress message: "Optimierung (37 %): LP-Schnittebenen,
    /// Runde 4, …".
    /// </summary>
    public static string Line(PlanningProgress progress)
    {
        var head = $"{Stage(progress.Stage)} ({GermanFormat.Percent(progress.OverallShare, 0)})";
        return Solver(progress.Solver, euros: progress.Stage == PlanningStage.Design) is { } detail ? $"{head}: {detail}" : head;
    }
}
