using Infra.Core.Plans;
using Infra.Status.Model;

namespace Infra.Status.Status;

/// <summary>How the plans were made, from the figures stored with each version, and one German paragraph on the method.</summary>
internal static class MethodDescriber
{
    public static MethodStatus Describe(StatusInputs input)
    {
        var baseline = Method(input.Baseline);
        var replan = input.Replan is { } r ? Method(r) : null;
        var text = "Die Technik je Liegenschaft und die Trassen entstehen als Netzentwurf mit minimalem Kapitalwert der Gesamtkosten "
            + "(gemischt-ganzzahliges Optimierungsmodell, Schnittebenenverfahren auf dem Straßennetz); ein Greedy-Verfahren dient als "
            + "Vergleich, der Plan ist nie teurer. Der Zeitplan verteilt die Arbeiten auf Quartale unter Tiefbau-, Montage- und "
            + "Budgetgrenzen (Listenplanung, zeitindiziertes Modell, lokale Suche). "
            + $"Ausgangsplan: Entwurf {Quality(baseline)}, Zeitplan {Schedule(baseline)}. ";
        if (replan is not null)
        {
            text += $"Die Fortschreibung übernimmt Gebautes, hält Begonnenes fest, nutzt gegrabene Trassen als Leerrohr und plant nur den Rest "
                + $"ab dem Folgequartal neu: Entwurf {Quality(replan)}, Zeitplan {Schedule(replan)}. Maßnahmen werden mit einfacher "
                + "Listenplanung gesucht und durch Neuplanung des Zeitplans bestätigt.";
        }

        return new MethodStatus(baseline, replan, text);
    }

    private static PlanMethod Method(PlanVersion plan)
    {
        var (solver, schedule) = (plan.Summary.Solver, plan.Summary.Schedule);
        return new PlanMethod(solver.Status, Finite(solver.Gap), solver.BoundValidFor, schedule.Method, Finite(schedule.Gap));
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static string Quality(PlanMethod m) => m.DesignStatus == "optimal" || m.DesignGap is <= 1e-9
        ? "nachweislich optimal"
        : m.DesignGap is { } gap ? $"höchstens {StatusTerms.Percent(gap)} über dem Optimum (Zeitlimit)" : $"Status {m.DesignStatus}";

    private static string Schedule(PlanMethod m) => m.ScheduleGap is { } gap
        ? $"{m.ScheduleMethod}, Lücke {StatusTerms.Percent(gap)}"
        : m.ScheduleMethod;

}
