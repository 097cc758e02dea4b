using System.CommandLine;
using Infra.Web;
using Infra.Web.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace Infra.Cli.Commands;

/// <summary><c>infra serve</c>: the web app (dashboard, API, OGC API Features) on the given address until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Adresse(n) des Webservers",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var jobs = new Option<bool>("--no-jobs") { Description = "keine Hintergrundaufträge in diesem Prozess ausführen (ein infra worker tut es)" };
        var command = new Command("serve", "Dashboard, HTTP-API und OGC API Features starten") { urls, jobs };
        command.SetAction((parse, ct) => InfraCommandLine.Guard(context, async () =>
        {
            var options = new WebOptions
            {
                // Without --db the app's configuration decides (INFRA_DATABASE, else data/infra.db).
                Database = parse.GetResult(InfraCommandLine.Database) is { Implicit: false }
                    ? DatabaseTarget.Parse(parse.GetValue(InfraCommandLine.Database)!)
                    : null,
                Urls = parse.GetValue(urls),
                EnableJobs = !parse.GetValue(jobs),
                Time = context.Time,
            };
            await using var app = await InfraWebApp.CreateAsync(options, cancellationToken: ct).ConfigureAwait(false);
            await app.StartAsync(ct).ConfigureAwait(false);
            PrintWelcome(context, app);
            await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void PrintWelcome(CliContext context, WebApplication app)
    {
        var address = app.Urls.FirstOrDefault() ?? "http://127.0.0.1:5080";
        var console = context.Console;
        console.MarkupLine($"[green]Infra läuft:[/] {Markup.Escape(address)}  (Dashboard)");
        console.MarkupLine($"  OGC API Features für QGIS: {Markup.Escape(address)}/ogc   OpenAPI: {Markup.Escape(address)}/openapi/v1.json");
        console.MarkupLine($"  Hangfire-Dashboard (nur Planer, API-Schlüssel als Passwort): {Markup.Escape(address)}/hangfire");
        var credentials = (CredentialSet)app.Services.GetService(typeof(CredentialSet))!;
        if (credentials.Demo is { } demo)
        {
            var table = new Table().Title("Demo-Zugänge (Header X-Api-Key; gespeichert in credentials.json des Datenordners)")
                .AddColumns("Name", "Rolle", "API-Schlüssel");
            foreach (var key in demo.ApiKeys)
            {
                table.AddRow(Markup.Escape(key.Name), Markup.Escape(key.Role), Markup.Escape(key.Key));
            }

            console.Write(table);
            var token = AuthSetup.CreateToken(credentials, "demo-planer", Roles.Planer, context.Time, TimeSpan.FromHours(12));
            console.WriteLine("Bearer-Token (Planer, 12 h): " + token);
        }

        console.MarkupLine("Beenden mit Strg+C.");
    }
}
