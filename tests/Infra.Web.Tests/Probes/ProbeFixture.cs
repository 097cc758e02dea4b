using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Infra.Data;
using Infra.Data.Tests.Support;
using Infra.Web.Auth;
using Infra.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Infra.Web.Tests.Probes;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 (free port) over a temp SQLite database holding the data tests' small planned
/// town, for replaying the security probes and the fuzz over real HTTP. Knows a site, a route and a trench of the plan,
/// and fingerprints the database (every table but the audit log) to prove that refused requests wrote nothing.
/// </summary>
public sealed class ProbeFixture : IAsyncLifetime, IDisposable
{
    private readonly TempFolder temp = new("infra-probes-", Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools);
    private WebApplication app = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public CredentialSet Credentials { get; private set; } = null!;

    public long PlanVersion { get; private set; }

    public string SiteId { get; private set; } = "";

    public string RouteId { get; private set; } = "";

    public string TrenchId { get; private set; } = "";

    public double TrenchLength { get; private set; }

    public int SiteCount { get; private set; }

    public DatabaseOptions Database { get; private set; } = null!;

    /// <summary>Folder of the database and the demo credentials (another app on it gets the same keys).</summary>
    public string DataFolder => temp.Path;

    public async Task InitializeAsync()
    {
        Database = DatabaseOptions.Sqlite(Path.Combine(temp.Path, "infra.db"));
        var (_, _, version) = await SmallPlan.StoredAsync(Database);
        PlanVersion = version;
        app = await InfraWebApp.CreateAsync(new WebOptions
        {
            Database = Database,
            DataFolder = temp.Path,
            ScenarioFolder = Path.Combine(WebAppFixture.RepoRoot, "scenarios"),
            Urls = "http://127.0.0.1:0",
            EnableJobs = false,
            Args = ["--Web:RateLimit:WritesPerMinute=100000", "--Web:RateLimit:FailedAuthPerMinute=100000", "--Web:RateLimit:RefusedAuditPerMinute=100000"],
        });
        await app.StartAsync();
        Credentials = app.Services.GetRequiredService<CredentialSet>();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");

        using var client = Client();
        var sites = await client.GetFromJsonAsync<JsonElement>("api/sites?limit=1");
        SiteCount = sites.GetProperty("total").GetInt32();
        SiteId = sites.GetProperty("items")[0].GetProperty("id").GetString()!;
        RouteId = (await client.GetFromJsonAsync<JsonElement>("api/routes?limit=1")).GetProperty("items")[0].GetProperty("id").GetString()!;
        var trench = (await client.GetFromJsonAsync<JsonElement>("ogc/collections/plan-trenches/items?limit=1")).GetProperty("features")[0];
        TrenchId = trench.GetProperty("id").GetString()!;
        TrenchLength = Math.Max(trench.GetProperty("properties").GetProperty("length_m").GetDouble(),
            trench.GetProperty("properties").GetProperty("trench_m").GetDouble());
    }

    /// <summary>A client of the running app, with the API key of <paramref name="role"/> when given.</summary>
    public HttpClient Client(string? role = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (role is not null)
        {
            client.DefaultRequestHeaders.Add(ApiKeyHandler.HeaderName, Credentials.ApiKeys.First(k => k.Role == role).Key);
        }

        return client;
    }

    /// <summary>A hash over every row of every table except the audit log and SQLite's own bookkeeping.</summary>
    public string Fingerprint()
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Database.Target, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in tables.Where(t => !t.StartsWith("hangfire", StringComparison.OrdinalIgnoreCase)))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";   // storage order: the same while nothing is written
            using var reader = command.ExecuteReader();
            hash.AppendData(Encoding.UTF8.GetBytes(table));
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    hash.AppendData(reader.IsDBNull(i) ? [0] : reader.GetValue(i) is byte[] b ? b : Encoding.UTF8.GetBytes(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!));
                }
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    public void Dispose() => temp.Dispose();
}

[CollectionDefinition(Name)]
public sealed class ProbeTestGroup : ICollectionFixture<ProbeFixture>
{
    public const string Name = "probes";
}
