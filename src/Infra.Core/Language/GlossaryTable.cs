using Infra.Core.Sites;

namespace Infra.Core.Language;

/// <summary>The German table itself: one place for every word city staff read.</summary>
internal static class GlossaryTable
{
    public static IReadOnlyList<GlossaryDomain> Domains { get; } =
    [
        new(DomainNames.Technology,
        [
            new("fibre", "LWL-Eigenbau", "eigene Glasfaser: Tiefbau oder Leerrohr bis zum städtischen LWL-Netz"),
            new("radio", "Richtfunk", "Punkt-zu-Punkt-Funkstrecke zu einem Hub mit LWL"),
            new("leased", "Mietleitung", "gemietete Leitung eines Anbieters, monatliches Entgelt"),
            new("keep", "Bestand", "die heutige Anbindung reicht für den Bedarf und bleibt"),
            new("none", "nicht angebunden", "keine Technologie möglich oder bis zur Frist nicht finanzierbar"),
        ]),
        new(DomainNames.Uplink,
        [
            new("none", "keine"),
            new("dsl", "DSL"),
            new("leased", "Mietleitung"),
            new("radio", "Richtfunk"),
            new("fibre", "LWL"),
        ]),
        new(DomainNames.Wlan,
        [
            new("none", "kein WLAN"),
            new("partial", "teilweise"),
            new("full", "flächendeckend"),
        ]),
        new(DomainNames.SiteKind, Enum.GetValues<SiteKind>().Select(k => new GlossaryEntry(k.ToCode(), k.ToCode())).ToArray()),
        new(DomainNames.Milestone,
        [
            new("planung", "Planung"),
            new("genehmigung", "Genehmigung"),
            new("tiefbau", "Tiefbau"),
            new("einblasen_spleissen", "Einblasen/Spleißen"),
            new("inbetriebnahme", "Inbetriebnahme"),
            new("wlan", "WLAN"),
        ]),
        new(DomainNames.MilestoneState,
        [
            new("offen", "offen"),
            new("in_arbeit", "in Arbeit"),
            new("erledigt", "erledigt"),
        ]),
        new(DomainNames.SiteStatus,
        [
            new("connected", "angebunden", "in Betrieb: Inbetriebnahme gemeldet oder die bestehende Anbindung reicht"),
            new("planned", "geplant", "noch nicht angebunden; der Plan nennt das Quartal"),
            new("risk", "Terminrisiko", "wird die Frist voraussichtlich verfehlen"),
        ]),
        new(DomainNames.Reason,
        [
            new("keeps_uplink", "bestehende Anbindung reicht"),
            new("chosen", "gewählt"),
            new("unservable", "nicht versorgbar"),
            new("unserved_by_limits", "nicht versorgt", "Budget oder Tiefbaukapazität bis zur Frist reichen nicht"),
        ]),
        new(DomainNames.Exclusion,
        [
            new("by_scenario", "durch Szenario ausgeschlossen"),
            new("no_network_access", "kein Anschluss an das Kandidatennetz"),
            new("demand_above_capacity", "Bedarf über der Bandbreite"),
            new("no_hub_in_range", "kein Hub in Reichweite"),
        ]),
        new(DomainNames.AlternativeNote,
        [
            new("in_plan_network", "im Netz des Plans, mit Anteil an gemeinsamen Trassen"),
            new("standalone_fibre", "allein bis zum nächsten LWL"),
            new("hub", "zum nächsten Hub mit LWL"),
            new("leased_line", "Mietleitung"),
        ]),
        new(DomainNames.TrenchKind,
        [
            new("trench", "Tiefbau"),
            new("duct", "Leerrohr"),
            new("existing_lwl", "LWL-Bestand"),
            new("drop", "Hausanschluss"),
            new("fallback", "Trasse (Luftlinie × Umwegfaktor)", "ohne Straßennetz: Luftlinie mal Umwegfaktor"),
        ]),
        new(DomainNames.LineOfSight,
        [
            new("clear", "Sichtverbindung frei"),
            new("not_verified", "Sichtverbindung nicht geprüft", "keine Gebäudehöhen importiert: Reichweite geprüft, Sicht nicht"),
            new("blocked", "Sichtverbindung verdeckt"),
        ]),
        new(DomainNames.JobKind,
        [
            new("solve", "Plan rechnen"),
            new("progress_import", "Fortschritt einlesen"),
            new("kpi_snapshot", "Kennzahlen-Stichtag"),
            new("deadline_risk", "Terminrisiko prüfen"),
            new("replan", "Neuplanung"),
        ]),
        new(DomainNames.JobState,
        [
            new("queued", "wartet"),
            new("running", "läuft"),
            new("succeeded", "erfolgreich"),
            new("failed", "fehlgeschlagen"),
            new("cancelled", "abgebrochen"),
        ]),
        new(DomainNames.Verdict,
        [
            new("no_network_layer", "kein LWL-Netz", "ohne LWL-Trassen kann keine Liegenschaft eigenes LWL bekommen: LWL-Trassen importieren"),
            new("most_sites_unservable", "die meisten Liegenschaften sind nicht versorgbar"),
            new("line_of_sight_not_verified", "Sichtverbindung nicht geprüft", "ohne Gebäudehöhen ist die Sicht der Richtfunkstrecken nicht geprüft"),
        ]),
        new(DomainNames.Severity,
        [
            new("info", "Hinweis"),
            new("warning", "Warnung"),
            new("error", "Fehler"),
        ]),
        new(DomainNames.Term,
        [
            new("npv", "Barwert (NPV)",
                "alle Kosten über den Betrachtungszeitraum – Investition, Betrieb, Ersatz –, abgezinst auf den Planungsbeginn; eine Kostengröße: niedriger ist besser"),
            new("capex", "Investition (CAPEX)", "einmalige Ausgaben für Bau und Ausstattung, im Jahr der Ausgabe"),
            new("opex", "Betrieb (OPEX)", "laufende Kosten je Jahr: Mietentgelte, Wartung, Lizenzen"),
            new("gap", "Optimalitätslücke",
                "wie weit der Plan höchstens vom bestmöglichen entfernt ist: (Zielwert − untere Schranke) / Zielwert; 0 % heißt nachweislich optimal"),
            new("bound", "untere Schranke", "bewiesene Untergrenze der Kosten: kein Plan kann billiger sein"),
            new("budget", "Budget", "Investitionsrahmen je Kalenderjahr; Überbrückungen zählen nicht dagegen"),
            new("bridging", "Überbrückung", "Mietleitung auf Zeit, bis der eigene Anschluss fertig ist"),
            new("deadline", "Frist", "Termin, zu dem jede Liegenschaft angebunden sein soll"),
            new("site", "Liegenschaft"),
            new("district", "Stadtbezirk"),
            new("hub", "Hub", "Richtfunk-Gegenstelle mit LWL-Anschluss"),
            new("points", "Prozentpunkte (Pp.)", "Differenz zweier Anteile: 40 % gegen 45 % sind −5 Pp."),
            new("stichtag", "Stichtag", "der Tag, zu dem Ist und Plan verglichen werden"),
        ]),
    ];
}
