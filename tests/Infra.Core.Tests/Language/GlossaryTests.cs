using Infra.Core.Codes;
using Infra.Core.Language;
using Infra.Core.Network;
using Infra.Core.Plans;
using Infra.Core.Progress;
using Infra.Core.Sites;
using Infra.Core.Tests.Plans;

namespace Infra.Core.Tests.Language;

public sealed class GlossaryTests
{
    [Fact]
    public void Every_code_of_every_coded_enum_has_a_german_label()
    {
        AssertCovered<PlanTechnology>(DomainNames.Technology);
        AssertCovered<UplinkKind>(DomainNames.Uplink);
        AssertCovered<WlanState>(DomainNames.Wlan);
        AssertCovered<Milestone>(DomainNames.Milestone);
        AssertCovered<MilestoneStatus>(DomainNames.MilestoneState);
        AssertCovered<ReasonCode>(DomainNames.Reason);
        AssertCovered<ExclusionCode>(DomainNames.Exclusion);
        AssertCovered<AlternativeNote>(DomainNames.AlternativeNote);
        AssertCovered<TrenchKind>(DomainNames.TrenchKind);
        AssertCovered<LineOfSight>(DomainNames.LineOfSight);
        AssertCovered<VerdictSeverity>(DomainNames.Severity);
        Assert.All(Enum.GetValues<SiteKind>(), k => Assert.NotNull(Glossary.Find(DomainNames.SiteKind, k.ToCode())));
    }

    [Fact]
    public void Domains_have_unique_names_and_codes()
    {
        Assert.Equal(Glossary.Domains.Count, Glossary.Domains.Select(d => d.Name).Distinct().Count());
        Assert.All(Glossary.Domains, d => Assert.Equal(d.Entries.Count, d.Entries.Select(e => e.Code).Distinct().Count()));
    }

    [Fact]
    public void Technologies_have_one_word_each_and_terms_are_explained()
    {
        Assert.Equal(["LWL-Eigenbau", "Richtfunk", "Mietleitung", "Bestand", "nicht angebunden"],
            Enum.GetValues<PlanTechnology>().Select(Glossary.Technology));
        Assert.Equal(Glossary.Technology(PlanTechnology.Fibre), Glossary.Technology(Technology.Fibre));
        foreach (var term in new[] { "npv", "capex", "opex", "gap" })
        {
            Assert.False(string.IsNullOrEmpty(Glossary.Explanation(DomainNames.Term, term)), term);
        }

        Assert.Contains("niedriger ist besser", Glossary.Explanation(DomainNames.Term, "npv"), StringComparison.Ordinal);
        Assert.Equal("unbekannt", Glossary.Label(DomainNames.Technology, "unbekannt"));
    }

    [Fact]
    public void Names_sort_in_german_order()
    {
        string[] districts = ["Huckarde", "Hombruch", "Innenstadt-Nord", "Hörde", "Aplerbeck", "Innenstadt-Ost", "Lütgendortmund", "Eving"];

        var sorted = districts.Order(GermanCollation.Instance).ToArray();

        Assert.Equal(["Aplerbeck", "Eving", "Hörde", "Hombruch", "Huckarde", "Innenstadt-Nord", "Innenstadt-Ost", "Lütgendortmund"], sorted);
        Assert.True(GermanCollation.Instance.Compare("Straße", "Strasse") != 0);
        Assert.Equal(0, GermanCollation.Instance.Compare("Hörde", "Hörde"));
    }

    [Fact]
    public void Formats_use_the_one_date_format_and_german_numbers()
    {
        Assert.Equal("30.06.2028", GermanFormat.Date(new DateOnly(2028, 6, 30)));
        Assert.Equal("1.234.568 €", GermanFormat.Euro(1_234_567.5));
        Assert.Equal("12,5 %", GermanFormat.Percent(0.125));
        Assert.Equal("2,4 km", GermanFormat.Kilometres(2_400));
        Assert.Equal("Q3/2027", GermanFormat.Quarter("2027-Q3"));
        Assert.Equal("10 Gbit/s", GermanFormat.Bandwidth(10_000));
        Assert.Equal("250 Mbit/s", GermanFormat.Bandwidth(250));
    }

    [Fact]
    public void Reasons_render_from_codes_in_german()
    {
        var site = PlanJsonTests.Site();

        Assert.Equal("Richtfunk: Barwert 5.000 €; ausgeschlossen: Mietleitung: 100 Mbit/s < Bedarf 1.000 Mbit/s.", PlanTexts.Reason(site));
        var withLeased = site with { Alternatives = [.. site.Alternatives, new PlanAlternative(PlanTechnology.Leased, 9000, AlternativeNote.LeasedLine, Mbps: 100)] };
        Assert.StartsWith("Richtfunk: Barwert 5.000 € – Alternativen: Mietleitung 9.000 € (100 Mbit/s); ausgeschlossen:", PlanTexts.Reason(withLeased),
            StringComparison.Ordinal);
        Assert.Equal("Hub H-1, 2,4 km, Sichtverbindung nicht geprüft", PlanTexts.Note(site.Alternatives[0]));
        var keeps = site with { Technology = PlanTechnology.Keep, Reason = new PlanReason(ReasonCode.KeepsUplink, [], UplinkKind.Dsl, 250, 100) };
        Assert.Equal("Bestehende Anbindung (DSL, 250 Mbit/s) deckt den Bedarf von 100 Mbit/s.", PlanTexts.Reason(keeps));
        var none = site with { Technology = PlanTechnology.None, Reason = new PlanReason(ReasonCode.Unservable,
            [new PlanExclusion(PlanTechnology.Fibre, ExclusionCode.NoNetworkAccess), new PlanExclusion(PlanTechnology.Radio, ExclusionCode.NoHubInRange, 1000, 1000, 10_000)]) };
        Assert.Equal("Nicht versorgbar: LWL-Eigenbau: kein Anschluss an das Kandidatennetz; Richtfunk: kein Hub in Reichweite (10,0 km bei 1 Gbit/s).",
            PlanTexts.Reason(none));
    }

    private static void AssertCovered<TEnum>(string domain)
        where TEnum : struct, Enum
    {
        Assert.All(EnumCodes.All<TEnum>(), code => Assert.NotNull(Glossary.Find(domain, code)));
        Assert.Equal(EnumCodes.All<TEnum>().Order(StringComparer.Ordinal), Glossary.Domains.Single(d => d.Name == domain).Entries.Select(e => e.Code).Order(StringComparer.Ordinal));
    }
}
