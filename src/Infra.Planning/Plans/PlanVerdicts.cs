using Infra.Core.Codes;
using Infra.Core.Language;
using Infra.Core.Network;
using Infra.Core.Plans;
using Infra.Core.Sites;
using Infra.Planning.Instance;

namespace Infra.Planning.Plans;

/// <summary>
/// The statements about a whole plan that city staff must read first (docs/planning.md, "Verdicts"):
/// <list type="bullet">
/// <item><c>no_network_layer</c> (error): neither an existing LWL route nor a hub with fibre is given, so neither own fibre
/// nor Richtfunk is possible; names the layers to import.</item>
/// <item><c>nothing_served</c> (error): sites need a connection but the plan serves none.</item>
/// <item><c>most_sites_unservable</c> (error): more than half of the sites that need a connection have no possible
/// technology; names the layers whose absence excluded them.</item>
/// <item><c>most_sites_unserved</c> (warning): more than half of them could be served but are not (limits up to the
/// deadline), with the limits that block them.</item>
/// <item><c>line_of_sight_not_verified</c> (info): Richtfunk links planned without an obstacle layer.</item>
/// </list>
/// </summary>
public static class PlanVerdicts
{
    public static IReadOnlyList<PlanVerdict> For(PlanningInstance instance, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(plan);
        var verdicts = new List<PlanVerdict>();
        var needing = plan.Sites.Where(s => !s.KeepsCurrentUplink).ToArray();
        var unservable = needing.Count(s => s.Reason.Code == ReasonCode.Unservable);
        var unserved = needing.Where(s => s.Reason.Code == ReasonCode.UnservedByLimits).ToArray();
        var taps = instance.Graph.TapNodes.Count;
        var litHubs = instance.Hubs.Count(h => h.HasFibreAlready);
        if (taps == 0 && litHubs == 0)
        {
            verdicts.Add(new PlanVerdict(VerdictCodes.NoNetworkLayer, VerdictSeverity.Error,
                "Kein Netz: weder LWL-Bestand noch Richtfunk-Standorte mit LWL geladen – ohne sie sind LWL-Eigenbau und Richtfunk " +
                "unmöglich. Bitte LWL-Trassen (routes, mit Zugangspunkten wo bekannt) und Richtfunk-Standorte (hubs) importieren.",
                Figures(("lwl_taps", taps), ("hubs_with_fibre", litHubs), ("sites", needing.Length))));
        }

        if (needing.Length > 0 && plan.Totals.SitesPlanned == 0)
        {
            verdicts.Add(new PlanVerdict(VerdictCodes.NothingServed, VerdictSeverity.Error,
                $"Der Plan versorgt keine der {needing.Length} Liegenschaften, die eine Anbindung brauchen.",
                Figures(("sites", needing.Length), ("sites_served", 0))));
        }

        if (2 * unservable > needing.Length)
        {
            verdicts.Add(new PlanVerdict(VerdictCodes.MostSitesUnservable, VerdictSeverity.Error,
                $"{unservable} von {needing.Length} Liegenschaften sind nicht versorgbar (keine Technologie möglich)." + Missing(instance, taps, litHubs),
                Figures(("sites_unservable", unservable), ("sites", needing.Length))));
        }

        if (2 * unserved.Length > needing.Length)
        {
            var byCode = unserved.GroupBy(s => EnumCodes.Of(s.Reason.Limit ?? LimitCode.FitsLimits))
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToArray();
            verdicts.Add(new PlanVerdict(VerdictCodes.MostSitesUnserved, VerdictSeverity.Warning,
                $"{unserved.Length} von {needing.Length} Liegenschaften bleiben unversorgt, weil Grenzen bis zur Frist binden: " +
                string.Join(", ", byCode.Select(g => $"{Glossary.Label(DomainNames.Limit, g.Key)} {g.Count()}")) + ".",
                Figures([("sites_unserved", unserved.Length), ("sites", needing.Length), .. byCode.Select(g => ("unserved_" + g.Key, (double)g.Count()))])));
        }

        var unverified = plan.Links.Count(l => l.LineOfSight == LineOfSight.NotVerified);
        if (unverified > 0)
        {
            verdicts.Add(new PlanVerdict(VerdictCodes.LineOfSightNotVerified, VerdictSeverity.Info,
                $"Sichtverbindung bei {unverified} von {plan.Links.Count} Richtfunkstrecken nicht geprüft (kein Gebäude-Layer mit Höhen) – " +
                "vor dem Bau prüfen oder Gebäude (obstacles) importieren.",
                Figures(("links_not_verified", unverified), ("links", plan.Links.Count))));
        }

        return [.. verdicts.OrderByDescending(v => v.Severity)];
    }

    /// <summary>What to import, from what is missing.</summary>
    private static string Missing(PlanningInstance instance, int taps, int litHubs)
    {
        var layers = new List<string>();
        if (taps == 0)
        {
            layers.Add("LWL-Trassen (routes)");
        }

        if (litHubs == 0 && instance.RadioCandidates.Count == 0)
        {
            layers.Add("Richtfunk-Standorte mit LWL (hubs)");
        }

        var leasedTooSmall = instance.Sites.Count(s => s.Exclusions.Any(e => e is { Technology: PlanTechnology.Leased, Code: ExclusionCode.DemandAboveCapacity }));
        var text = layers.Count > 0 ? $" Bitte {string.Join(" und ", layers)} importieren." : " Bitte die Ausschlussgründe je Liegenschaft prüfen.";
        return leasedTooSmall > 0
            ? text + $" {leasedTooSmall} Liegenschaften brauchen mehr als die {instance.Costs.Parameters.LeasedMbps} Mbit/s einer Mietleitung."
            : text;
    }

    private static Dictionary<string, double> Figures(params (string Name, double Value)[] figures) =>
        figures.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
