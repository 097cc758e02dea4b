using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Infra.Data.Tests.Support;
using Infra.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using YamlDotNet.RepresentationModel;

namespace Infra.Web.Tests.Api;

/// <summary>
/// docker-compose.yml cannot run here (no Docker engine), so its app service's configuration is run without Docker:
/// the environment variables of the file, with the secrets filled in and the database host pointed at the test
/// PostgreSQL server, start the same app on Kestrel; the health check address of the file must answer.
/// </summary>
public sealed partial class ComposeConfigurationTests
{
    [PostgresFact]
    public async Task App_with_the_compose_environment_serves_health_ogc_and_refuses_anonymous_writes()
    {
        await using var pg = await PostgresTestDatabase.CreateAsync();
        using var temp = new TempFolder("infra-compose-", Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools);
        var service = AppService();
        var environment = Environment(service, pg.ConnectionString, temp.Path);

        Assert.StartsWith("Host=", environment["INFRA_DATABASE"], StringComparison.Ordinal);
        Assert.Equal(["serve", "--urls", "http://0.0.0.0:8080"], Sequence(service, "command"));

        await using var app = await InfraWebApp.CreateAsync(
            new WebOptions { Urls = "http://127.0.0.1:0", ScenarioFolder = Path.Combine(WebAppFixture.RepoRoot, "scenarios") },
            b => b.Configuration.AddInMemoryCollection(environment.Select(e => new KeyValuePair<string, string?>(e.Key.Replace("__", ":", StringComparison.Ordinal), e.Value))));
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var http = new HttpClient { BaseAddress = new Uri(address) };

            var health = await http.GetFromJsonAsync<JsonElement>(HealthPath(service));
            Assert.Equal("ok", health.GetProperty("status").GetString());
            Assert.Equal("Postgres", health.GetProperty("database").GetString());
            Assert.True(health.GetProperty("schemaVersion").GetInt32() >= 4);

            var collections = await http.GetFromJsonAsync<JsonElement>("/ogc/collections");
            Assert.Contains(collections.GetProperty("collections").EnumerateArray(), c => c.GetProperty("id").GetString() == "sites");

            using var write = await http.PostAsync("/api/jobs/kpi-snapshot", null);
            Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);

            // The tables QGIS opens exist with their PostGIS column in the compose database.
            await using var connection = new NpgsqlConnection(pg.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM geometry_columns WHERE f_table_name IN ('sites', 'lwl_routes', 'plan_sites', 'plan_trenches') AND srid = 25832", connection);
            Assert.Equal(4L, await command.ExecuteScalarAsync());
        }
        finally
        {
            await app.StopAsync();
        }
    }

    [Fact]
    public void Compose_file_names_every_secret_as_a_required_variable_and_commits_none()
    {
        var text = File.ReadAllText(Path.Combine(WebAppFixture.RepoRoot, "docker-compose.yml"));
        Assert.Contains("${INFRA_DB_PASSWORD:?", text, StringComparison.Ordinal);
        Assert.Contains("${INFRA_JWT_KEY:?", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(PasswordLiteral(), text);
        var dockerfile = File.ReadAllText(Path.Combine(WebAppFixture.RepoRoot, "Dockerfile"));
        Assert.Contains("coinor-libcbc3", dockerfile, StringComparison.Ordinal);
        Assert.Contains("dotnet/aspnet", dockerfile, StringComparison.Ordinal);
    }

    private static YamlMappingNode AppService()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(WebAppFixture.RepoRoot, "docker-compose.yml"));
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var services = (YamlMappingNode)root.Children[new YamlScalarNode("services")];
        return (YamlMappingNode)services.Children[new YamlScalarNode("app")];
    }

    /// <summary>The app's environment with secrets set and the compose host "db:5432" replaced by the test server's database.</summary>
    private static Dictionary<string, string> Environment(YamlMappingNode service, string testDatabase, string folder)
    {
        var secrets = new Dictionary<string, string>
        {
            ["INFRA_DB_PASSWORD"] = "",
            ["INFRA_JWT_KEY"] = "compose-test-signing-key-of-at-least-32-bytes",
        };
        var result = new Dictionary<string, string>();
        foreach (var (key, value) in (YamlMappingNode)service.Children[new YamlScalarNode("environment")])
        {
            var name = ((YamlScalarNode)key).Value!;
            var text = Variable().Replace(((YamlScalarNode)value).Value!, m => secrets[m.Groups[1].Value]);
            result[name] = name switch
            {
                "INFRA_DATABASE" => testDatabase,
                "INFRA_DROP_FOLDER" or "INFRA_DATA" => Path.Combine(folder, name),
                _ => text,
            };
        }

        // The compose file's database address is the one replaced above; check it had the expected shape.
        var original = ((YamlScalarNode)((YamlMappingNode)service.Children[new YamlScalarNode("environment")]).Children[new YamlScalarNode("INFRA_DATABASE")]).Value!;
        Assert.Contains("Host=db;Port=5432", original, StringComparison.Ordinal);
        return result;
    }

    private static string[] Sequence(YamlMappingNode service, string key) =>
        [.. ((YamlSequenceNode)service.Children[new YamlScalarNode(key)]).Children.Select(n => ((YamlScalarNode)n).Value!)];

    private static string HealthPath(YamlMappingNode service)
    {
        var check = string.Join(' ', Sequence((YamlMappingNode)service.Children[new YamlScalarNode("healthcheck")], "test"));
        return new Uri(UrlInCheck().Match(check).Value).AbsolutePath;
    }

    [GeneratedRegex(@"\$\{([A-Z_]+)(:\?[^}]*)?\}")]
    private static partial Regex Variable();

    [GeneratedRegex(@"http://127\.0\.0\.1:8080/\S+")]
    private static partial Regex UrlInCheck();

    [GeneratedRegex(@"(?i)password\s*[:=]\s*[A-Za-z0-9]{6,}")]
    private static partial Regex PasswordLiteral();
}
