using Infra.Core.Codes;
using Infra.Core.Language;
using Infra.Planning.Pipeline;
using Infra.Planning.Solver;

namespace Infra.Planning.Tests.Pipeline;

/// <summary>The one progress formatter behind the CLI bar and the solve job's message.</summary>
public sealed class ProgressTextTests
{
    [Fact]
    public void Every_stage_and_phase_has_a_german_label()
    {
        Assert.All(EnumCodes.All<PlanningStage>(), code => Assert.NotNull(Glossary.Find(DomainNames.PlanningStage, code)));
        Assert.All(EnumCodes.All<SolverPhase>(), code => Assert.NotNull(Glossary.Find(DomainNames.SolverPhase, code)));
        Assert.Equal(Enum.GetValues<SolverPhase>().Length, Glossary.Domains.Single(d => d.Name == DomainNames.SolverPhase).Entries.Count);
    }

    [Fact]
    public void Nothing_to_say_before_a_solver_reports()
    {
        Assert.Null(ProgressText.Solver(null, euros: true));
        Assert.Equal("Optimierung (5 %)", ProgressText.Line(new PlanningProgress(PlanningStage.Design, 0, 0.05)));
    }

    [Fact]
    public void Design_figures_are_in_euros_with_round_bound_and_gap()
    {
        var p = new SolverProgress(SolverPhase.CuttingPlanes, 0.3, 4, 20_000_000, 19_960_000);

        Assert.Equal("LP-Schnittebenen, Runde 4, bester Plan 20,00 Mio. €, Schranke 19,96 Mio. €, Lücke 0,20 %", ProgressText.Solver(p, euros: true));
        Assert.Equal("Optimierung (37 %): LP-Schnittebenen, Runde 4, bester Plan 20,00 Mio. €, Schranke 19,96 Mio. €, Lücke 0,20 %",
            ProgressText.Line(new PlanningProgress(PlanningStage.Design, 0.3, 0.37, p)));
    }

    [Fact]
    public void Schedule_figures_are_points_and_unknown_figures_are_left_out()
    {
        var p = new SolverProgress(SolverPhase.CpSat, 0.5, 3, 8000, double.NaN);

        Assert.Equal("CP-SAT, Lösung 3, bester Plan 8.000 Punkte", ProgressText.Solver(p, euros: false));
        Assert.Equal("Greedy-Startlösung", ProgressText.Solver(new SolverProgress(SolverPhase.Greedy, 0, 0, double.NaN, double.NaN), euros: true));
    }
}
