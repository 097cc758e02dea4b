using System.Collections.Frozen;
using Infra.Core.Codes;
using Infra.Core.Network;
using Infra.Core.Plans;
using Infra.Core.Progress;
using Infra.Core.Sites;

namespace Infra.Core.Language;

/// <summary>
/// The one German glossary: codes → labels (and short explanations) for every domain city staff read, used by the CLI
/// tables, API problem texts, reports and, through <c>GET /api/glossary</c>, the dashboard. Codes stay in data;
/// labels are looked up here at the edges. An unknown code is shown as itself.
/// </summary>
public static class Glossary
{
    private static readonly FrozenDictionary<string, FrozenDictionary<string, GlossaryEntry>> Index =
        GlossaryTable.Domains.ToFrozenDictionary(d => d.Name, d => d.Entries.ToFrozenDictionary(e => e.Code, StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>Every domain, in a fixed order.</summary>
    public static IReadOnlyList<GlossaryDomain> Domains => GlossaryTable.Domains;

    /// <summary>The glossary with the formats, as served to the browser.</summary>
    public static GlossaryDocument Document { get; } = new(GlossaryTable.Domains, GermanFormat.DatePattern, ",", ".", GermanCollation.BrowserTag);

    /// <summary>The entry of <paramref name="code"/> in <paramref name="domain"/>, or null.</summary>
    public static GlossaryEntry? Find(string domain, string? code) =>
        code is not null && Index.TryGetValue(domain, out var entries) && entries.TryGetValue(code, out var entry) ? entry : null;

    /// <summary>The German label of <paramref name="code"/> in <paramref name="domain"/>; the code itself when unknown.</summary>
    public static string Label(string domain, string? code) => Find(domain, code)?.Label ?? code ?? "–";

    /// <summary>The short explanation of a term or code, or null.</summary>
    public static string? Explanation(string domain, string code) => Find(domain, code)?.Explanation;

    public static string Technology(PlanTechnology technology) => Label(DomainNames.Technology, EnumCodes.Of(technology));

    public static string Technology(Technology technology) => Label(DomainNames.Technology, EnumCodes.Of(technology));

    public static string Uplink(UplinkKind uplink) => Label(DomainNames.Uplink, EnumCodes.Of(uplink));

    public static string Wlan(WlanState wlan) => Label(DomainNames.Wlan, EnumCodes.Of(wlan));

    public static string SiteKind(SiteKind kind) => Label(DomainNames.SiteKind, kind.ToCode());

    public static string Milestone(Milestone milestone) => Label(DomainNames.Milestone, EnumCodes.Of(milestone));

    public static string MilestoneState(MilestoneStatus status) => Label(DomainNames.MilestoneState, EnumCodes.Of(status));

    public static string TrenchKind(TrenchKind kind) => Label(DomainNames.TrenchKind, EnumCodes.Of(kind));

    public static string LineOfSight(LineOfSight sight) => Label(DomainNames.LineOfSight, EnumCodes.Of(sight));

    public static string Exclusion(ExclusionCode code) => Label(DomainNames.Exclusion, EnumCodes.Of(code));

    public static string Verdict(string code) => Label(DomainNames.Verdict, code);

    /// <summary>The label of a term (npv, capex, opex, gap, bound, …).</summary>
    public static string Term(string code) => Label(DomainNames.Term, code);
}
