using Infra.Core.Network;
using Infra.Core.Plans;

namespace Infra.Core.Language;

/// <summary>
/// German sentences for the coded parts of a plan (a site's reason, an alternative's note, an exclusion), built from
/// the glossary's labels and <see cref="GermanFormat"/>: the one place where reason codes become words.
/// </summary>
public static class PlanTexts
{
    /// <summary>
    /// Why the site got its decision, e.g. "Richtfunk: Barwert 61.234 € – Alternativen: Mietleitung 98.765 € (100 Mbit/s);
    /// ausgeschlossen: LWL-Eigenbau: kein Anschluss an das Kandidatennetz."
    /// </summary>
    public static string Reason(PlanSite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var reason = site.Reason;
        var excluded = string.Join("; ", reason.Exclusions.Select(Exclusion));
        switch (reason.Code)
        {
            case ReasonCode.KeepsUplink:
                return $"Bestehende Anbindung ({Glossary.Uplink(reason.Uplink ?? Sites.UplinkKind.None)}, " +
                    $"{GermanFormat.Mbps(reason.UplinkMbps ?? 0)}) deckt den Bedarf von {GermanFormat.Mbps(reason.DemandMbps ?? site.DemandMbps)}.";
            case ReasonCode.Unservable:
                return $"Nicht versorgbar: {(excluded.Length > 0 ? excluded : "keine Technologie möglich")}.";
            case ReasonCode.UnservedByLimits:
                return $"Nicht versorgt (Budget oder Kapazität bis zur Frist reicht nicht); {(excluded.Length > 0 ? excluded : "keine Technologie möglich")}.";
        }

        var text = $"{Glossary.Technology(site.Technology)}: Barwert {GermanFormat.Euro(site.NpvEur)}";
        var others = site.Alternatives.Where(a => a.Technology != site.Technology).OrderBy(a => a.NpvEur).ToArray();
        if (others.Length > 0)
        {
            text += " – Alternativen: " + string.Join(", ", others.Select(a => $"{Glossary.Technology(a.Technology)} {GermanFormat.Euro(a.NpvEur)} ({Note(a)})"));
        }

        if (excluded.Length > 0)
        {
            text += "; ausgeschlossen: " + excluded;
        }

        return text + ".";
    }

    /// <summary>What an alternative assumes, e.g. "Hub H-12, 2,4 km, Sichtverbindung nicht geprüft".</summary>
    public static string Note(PlanAlternative alternative)
    {
        ArgumentNullException.ThrowIfNull(alternative);
        return alternative.Note switch
        {
            AlternativeNote.InPlanNetwork => "im Netz des Plans, mit Anteil an gemeinsamen Trassen",
            AlternativeNote.StandaloneFibre => $"allein: {GermanFormat.Euro(alternative.PassiveCapexEur ?? 0)} Trasse/Spleiß bis zum nächsten LWL",
            AlternativeNote.Hub => $"Hub {alternative.HubId}, {GermanFormat.Kilometres(alternative.DistanceM ?? 0)}" +
                (alternative.LineOfSight == LineOfSight.NotVerified ? ", Sichtverbindung nicht geprüft" : ""),
            _ => GermanFormat.Mbps(alternative.Mbps ?? 0),
        };
    }

    /// <summary>Why a technology is out, e.g. "Mietleitung: 100 Mbit/s &lt; Bedarf 1.000 Mbit/s".</summary>
    public static string Exclusion(PlanExclusion exclusion)
    {
        ArgumentNullException.ThrowIfNull(exclusion);
        var technology = Glossary.Technology(exclusion.Technology);
        return exclusion.Code switch
        {
            ExclusionCode.DemandAboveCapacity =>
                $"{technology}: {GermanFormat.Mbps(exclusion.LimitMbps ?? 0)} < Bedarf {GermanFormat.Mbps(exclusion.DemandMbps ?? 0)}",
            ExclusionCode.NoHubInRange =>
                $"{technology}: kein Hub in Reichweite ({GermanFormat.Kilometres(exclusion.RangeM ?? 0)} bei {GermanFormat.Bandwidth(exclusion.LimitMbps ?? 0)})",
            _ => $"{technology}: {Glossary.Exclusion(exclusion.Code)}",
        };
    }
}
