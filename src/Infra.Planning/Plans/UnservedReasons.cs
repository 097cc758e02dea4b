using Infra.Core.Sites;
using Infra.Planning.Evaluation;
using Infra.Planning.Instance;

namespace Infra.Planning.Plans;

/// <summary>
/// Words why a site is not served, from <see cref="UnservedAnalysis"/> of the returned design: per technology the
/// limit that blocks its cheapest addition, with what it needs and what the plan leaves. "Budget" appears only where
/// the budget really is what blocks that addition in this plan.
/// </summary>
internal static class UnservedReasons
{
    public const string NoOption = "no_option";

    public static (UnservedCause Cause, string Text) NotServable(SiteSpec site)
    {
        var why = site.Exclusions.Count > 0 ? string.Join("; ", site.Exclusions) : "keine Technologie möglich";
        return (new UnservedCause(NoOption, []), $"Nicht versorgbar: {why}.");
    }

    public static (UnservedCause Cause, string Text) Blocked(PlanningInstance instance, SiteSpec site, UnservedSite analysis)
    {
        var blocks = analysis.Additions.Select(a => new UnservedBlock(a.Technology, Code(a.Limit), a.Needed, a.Available)).ToArray();
        var code = blocks.Length == 0 ? NoOption : analysis.Fitting is not null ? Code(UnservedLimit.None) : blocks[0].Code;
        var text = "Nicht versorgt – " + string.Join("; ", analysis.Additions.Select(a => Describe(instance, a)));
        if (site.Exclusions.Count > 0)
        {
            text += "; ausgeschlossen: " + string.Join("; ", site.Exclusions);
        }

        return (new UnservedCause(code, blocks), text + ".");
    }

    public static string Code(UnservedLimit limit) => limit switch
    {
        UnservedLimit.Budget => "budget",
        UnservedLimit.TrenchCapacity => "trench_capacity",
        UnservedLimit.RadioInstalls => "radio_installs",
        UnservedLimit.HubLinks => "hub_links",
        UnservedLimit.NoHubWithFibre => "no_hub_with_fibre",
        UnservedLimit.DearerThanPenalty => "dearer_than_penalty",
        _ => "fits_limits",
    };

    private static string Describe(PlanningInstance instance, SiteAddition a)
    {
        var name = GermanFormat.Technology(a.Technology);
        return a.Limit switch
        {
            UnservedLimit.Budget =>
                $"{name}: Investitionsbudget bis zur Frist reicht nicht (benötigt {GermanFormat.Euro(a.Needed)}, frei {GermanFormat.Euro(a.Available)})",
            UnservedLimit.TrenchCapacity =>
                $"{name}: Tiefbaukapazität bis zur Frist reicht nicht (benötigt {GermanFormat.Metres(a.Needed)}, frei {GermanFormat.Metres(a.Available)})",
            UnservedLimit.RadioInstalls =>
                $"{name}: alle {GermanFormat.Number(instance.RadioInstallsUntilDeadline)} Richtfunk-Installationen bis zur Frist vergeben",
            UnservedLimit.HubLinks => $"{name}: jeder Hub mit LWL in Reichweite hat alle Verbindungen vergeben",
            UnservedLimit.NoHubWithFibre => $"{name}: kein Hub in Reichweite hat im Plan LWL",
            UnservedLimit.DearerThanPenalty =>
                $"{name}: Kapitalwert {GermanFormat.Euro(a.Needed)} über dem Ansatz für eine nicht versorgte Liegenschaft ({GermanFormat.Euro(a.Available)})",
            _ => $"{name}: passt in alle Grenzen (Kapitalwert {GermanFormat.Euro(a.NpvEuro)}), die Optimierung hat vorher aufgehört",
        };
    }
}
