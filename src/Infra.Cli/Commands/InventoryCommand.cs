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
            $"{German.Number(summary.SiteCount)} Liegenschaften, davon {German.Number(summary.InScopeSiteCount)} im Planungsumfang " +
            $"und {German.Number(summary.SyntheticSiteCount)} synthetisch (Platzhalter).");

        var kinds = sites.Select(s => s.Kind).Distinct().OrderBy(k => k).ToArray();
        var byDistrict = new Table().Title("Liegenschaften nach Stadtbezirk und Art (im Planungsumfang)").AddColumn("Stadtbezirk");
        foreach (var k in kinds)
        {
            byDistrict.AddColumn(new TableColumn(GermanTerms.Kind(k)).RightAligned());
        }

        byDistrict.AddColumn(new TableColumn("gesamt").RightAligned());
        var inScope = sites.Where(s => s.InScope).ToArray();
        foreach (var district in inScope.Select(s => s.District).Distinct().Order(StringComparer.Ordinal))
        {
            var row = new List<string> { Markup.Escape(district) };
            row.AddRange(kinds.Select(k => German.Number(inScope.Count(s => s.District == district && s.Kind == k))));
            row.Add(German.Number(inScope.Count(s => s.District == district)));
            byDistrict.AddRow(row.ToArray());
        }

        var total = new List<string> { "[bold]gesamt[/]" };
        total.AddRange(kinds.Select(k => German.Number(inScope.Count(s => s.Kind == k))));
        total.Add(German.Number(inScope.Length));
        byDistrict.AddRow(total.ToArray());
        console.Write(byDistrict);

        var uplinks = new Table().Title("Heutige Anbindung").AddColumns("Anbindung", "Liegenschaften");
        foreach (var (uplink, count) in summary.SitesByUplink.OrderBy(u => u.Key))
        {
            uplinks.AddRow(GermanTerms.Uplink(uplink), German.Number(count));
        }

        var wlan = new Table().Title("WLAN heute").AddColumns("Zustand", "Liegenschaften");
        foreach (var (state, count) in summary.SitesByWlan.OrderBy(u => u.Key))
        {
            wlan.AddRow(GermanTerms.Wlan(state), German.Number(count));
        }

        console.Write(new Columns(uplinks, wlan));

        var network = new Table().Title("Netze").AddColumns("Ebene", "Anzahl", "Länge");
        network.AddRow("LWL-Trassen", German.Number(summary.RouteCount), German.Kilometres(summary.RouteLengthKm * 1000));
        foreach (var (owner, km) in summary.RouteLengthKmByOwner.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            network.AddRow($"  davon {Markup.Escape(owner)}", "", German.Kilometres(km * 1000));
        }

        network.AddRow("LWL-Zugangspunkte (Muffen)", German.Number(summary.AccessPointCount), "");
        network.AddRow("Straßenabschnitte", German.Number(summary.StreetCount), German.Kilometres(summary.StreetLengthKm * 1000));
        network.AddRow("  davon mit freiem Leerrohr", "", German.Kilometres(summary.FreeDuctLengthKm * 1000));
        network.AddRow("Richtfunk-Standorte (zusätzlich)", German.Number(summary.HubCount), "");
        network.AddRow("Gebäude mit Höhe (Sichtprüfung)", German.Number(summary.ObstacleCount), "");
        console.Write(network);
    }
}
