using Infra.Core.Codes;
using Infra.Core.Language;
using Infra.Core.Sites;

namespace Infra.Core.Plans.Flat;

/// <summary>
/// The plan contract as flat feature properties, in a fixed order, for GIS: sites.geojson, trenches.geojson,
/// links.geojson and the OGC collections plan-sites, plan-trenches, plan-links all write these (the encoding as GeoJSON
/// is the caller's). Field names are the contract's; alternatives flattened to <c>alt_&lt;technology&gt;_npv_eur</c>;
/// one German label column per coded field (<c>technology_label</c>, <c>kind_label</c>) and the reason as German text.
/// Money rounded to whole euros, metres to 0.1 m (link distances to 1 m), as people read them.
/// </summary>
public static class PlanProperties
{
    public static IReadOnlyList<KeyValuePair<string, object?>> Site(PlanSite s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return
        [
            new("id", s.Id),
            new("name", s.Name),
            new("kind", s.Kind.ToCode()),
            new("district", s.District),
            new("demand_mbps", s.DemandMbps),
            new("technology", EnumCodes.Of(s.Technology)),
            new("technology_label", Glossary.Technology(s.Technology)),
            new("hub_id", s.HubId),
            new("capex_eur", Math.Round(s.CapexEur)),
            new("opex_eur_per_year", Math.Round(s.OpexEurPerYear)),
            new("npv_eur", Math.Round(s.NpvEur)),
            new("trench_m", Math.Round(s.TrenchM, 1)),
            new("alt_fibre_npv_eur", Rounded(s.AlternativeNpvEur(PlanTechnology.Fibre))),
            new("alt_radio_npv_eur", Rounded(s.AlternativeNpvEur(PlanTechnology.Radio))),
            new("alt_leased_npv_eur", Rounded(s.AlternativeNpvEur(PlanTechnology.Leased))),
            new("live_quarter", s.LiveQuarter),
            new("wlan_aps", s.WlanAps),
            new("wlan_quarter", s.WlanQuarter),
            new("bridged_from", s.BridgedFrom),
            new("misses_deadline", s.MissesDeadline),
            new("reason_code", EnumCodes.Of(s.Reason.Code)),
            new("reason", PlanTexts.Reason(s)),
            new("synthetic", s.Synthetic),
        ];
    }

    public static IReadOnlyList<KeyValuePair<string, object?>> Trench(PlanTrench t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return
        [
            new("id", t.Id),
            new("edge_index", t.EdgeIndex),
            new("kind", EnumCodes.Of(t.Kind)),
            new("kind_label", Glossary.TrenchKind(t.Kind)),
            new("length_m", Math.Round(t.LengthM, 1)),
            new("trench_m", Math.Round(t.TrenchM, 1)),
            new("capex_eur", Math.Round(t.CapexEur)),
            new("sites_served", t.SitesServed),
            new("dug_quarter", t.DugQuarter),
            new("source_ids", string.Join(";", t.SourceIds)),
        ];
    }

    public static IReadOnlyList<KeyValuePair<string, object?>> Link(PlanLink l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return
        [
            new("site_id", l.SiteId),
            new("hub_id", l.HubId),
            new("distance_m", Math.Round(l.DistanceM)),
            new("line_of_sight", EnumCodes.Of(l.LineOfSight)),
        ];
    }

    private static double? Rounded(double? value) => value is { } v ? Math.Round(v) : null;
}
