using Infra.Core.Language;
using Infra.Planning.Solver;

namespace Infra.Cli.Output;

/// <summary>What a solver stage is doing, in the words city staff read on the progress bar.</summary>
internal static class SolverProgressText
{
    /// <summary>One short German line, or null when there is nothing to say yet.</summary>
    public static string? Describe(SolverProgress? progress, bool euros)
    {
        if (progress is not { } p)
        {
            return null;
        }

        string Value(double v) => euros ? GermanFormat.MillionEuro(v) : GermanFormat.Number(v) + " Punkte";
        var parts = new List<string>
        {
            p.Phase switch
            {
                SolverPhase.Greedy => "Greedy-Startlösung",
                SolverPhase.CuttingPlanes => $"LP-Schnittebenen, Runde {p.Round}",
                SolverPhase.BranchAndCut => "Branch-and-Cut",
                SolverPhase.WholeGraphBound => $"Schranke auf dem ganzen Netz, Runde {p.Round}",
                SolverPhase.ListSchedule => "Listenplanung",
                SolverPhase.CpSat => $"CP-SAT, Lösung {p.Round}",
                _ => "lokale Suche",
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
}
