using Infra.Core.Language;
using System.CommandLine;
using Infra.Cli.Output;
using Infra.Data.Store;
using Spectre.Console;

namespace Infra.Cli.Commands;

/// <summary><c>infra inventory</c>: what the database holds, as German tables.</summary>
internal static class InventoryCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("inventory", "Bestand anzeigen: Liegenschaften nach Art und Stadtbezirk, Anbindungen, LWL-Kilometer");
        command.SetAction((parse, ct) => InfraCommandLine.Guard(context, async () =>
        {
            var database = await DatabaseTarget.OpenAsync(parse.GetValue(InfraCommandLine.Database)!, ct).ConfigureAwait(false);
            var store = new LayerStore(database);
            var summary = await store.SummarizeAsync(ct).ConfigureAwait(false);
            var sites = await store.SitesAsync(ct).ConfigureAwait(false);
            Print(context.Console, summary, sites);
            return ExitCodes.Ok;
        }));
        return command;
    }

    internal static void Print(IAnsiConsole console, InventorySummary summary, IReadOnlyList<Core.Sites.Site> sites)
    {
        console.Write(new Rule("Bestand der Liegenschaften und Netze"));
        console.MarkupLine(
            $"{GermanFormat.Number(summary.SiteCount)} Liegenschaften, davon {GermanFormat.Number(summary.InScopeSiteCount)} im Planungsumfang " +
            $"und {GermanFormat.Number(summary.SyntheticSiteCount)} synthetisch (Platzhalter).");

        var kinds = sites.Select(s => s.Kind).Distinct().OrderBy(k => k).ToArray();
        var byDistrict = new Table().Title("Liegenschaften nach Stadtbezirk und Art (im Planungsumfang)").AddColumn("Stadtbezirk");
        foreach (var k in kinds)
        {
            byDistrict.AddColumn(new TableColumn(Glossary.SiteKind(k)).RightAligned());
        }

        byDistrict.AddColumn(new TableColumn("gesamt").RightAligned());
        var inScope = sites.Where(s => s.InScope).ToArray();
        foreach (var district in inScope.Select(s => s.District).Distinct().Order(StringComparer.Ordinal))
        {
            var row = new List<string> { Markup.Escape(district) };
            row.AddRange(kinds.Select(k => GermanFormat.Number(inScope.Count(s => s.District == district && s.Kind == k))));
            row.Add(GermanFormat.Number(inScope.Count(s => s.District == district)));
            byDistrict.AddRow(row.ToArray());
        }

        var total = new List<string> { "[bold]gesamt[/]" };
        total.AddRange(kinds.Select(k => GermanFormat.Number(inScope.Count(s => s.Kind == k))));
        total.Add(GermanFormat.Number(inScope.Length));
        byDistrict.AddRow(total.ToArray());
        console.Write(byDistrict);

        var uplinks = new Table().Title("Heutige Anbindung").AddColumns("Anbindung", "Liegenschaften");
        foreach (var (uplink, count) in summary.SitesByUplink.OrderBy(u => u.Key))
        {
            uplinks.AddRow(Glossary.Uplink(uplink), GermanFormat.Number(count));
        }

        var wlan = new Table().Title("WLAN heute").AddColumns("Zustand", "Liegenschaften");
        foreach (var (state, count) in summary.SitesByWlan.OrderBy(u => u.Key))
        {
            wlan.AddRow(Glossary.Wlan(state), GermanFormat.Number(count));
        }

        console.Write(new Columns(uplinks, wlan));

        var network = new Table().Title("Netze").AddColumns("Ebene", "Anzahl", "Länge");
        network.AddRow("LWL-Trassen", GermanFormat.Number(summary.RouteCount), GermanFormat.Kilometres(summary.RouteLengthKm * 1000));
        foreach (var (owner, km) in summary.RouteLengthKmByOwner.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            network.AddRow($"  davon {Markup.Escape(owner)}", "", GermanFormat.Kilometres(km * 1000));
        }

        network.AddRow("LWL-Zugangspunkte (Muffen)", GermanFormat.Number(summary.AccessPointCount), "");
        network.AddRow("Straßenabschnitte", GermanFormat.Number(summary.StreetCount), GermanFormat.Kilometres(summary.StreetLengthKm * 1000));
        network.AddRow("  davon mit freiem Leerrohr", "", GermanFormat.Kilometres(summary.FreeDuctLengthKm * 1000));
        network.AddRow("Richtfunk-Standorte (zusätzlich)", GermanFormat.Number(summary.HubCount), "");
        network.AddRow("Gebäude mit Höhe (Sichtprüfung)", GermanFormat.Number(summary.ObstacleCount), "");
        console.Write(network);
    }
}
