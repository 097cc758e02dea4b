using Infra.Data;
using Microsoft.Extensions.Configuration;

namespace Infra.Web;

/// <summary>The resolved settings of one running app (options merged with configuration); a singleton in DI.</summary>
public sealed record WebSettings(
    DatabaseOptions Database, string DataFolder, string ScenarioFolder, string DropFolder, string? WebRoot, long MaxUploadBytes)
{
    public const long DefaultMaxUploadMegabytes = 64;

    internal static WebSettings Resolve(WebOptions options, IConfiguration configuration, string contentRoot)
    {
        var database = options.Database ?? DatabaseOptions.FromTarget(configuration["INFRA_DATABASE"] ?? Path.Combine("data", "infra.db"));
        var dataFolder = options.DataFolder
            ?? configuration["INFRA_DATA"]
            ?? (database.Provider == DatabaseProvider.Sqlite ? Path.GetDirectoryName(Path.GetFullPath(database.Target)) : null)
            ?? Path.GetFullPath("data");
        var megabytes = configuration.GetValue("Web:MaxUploadMegabytes", DefaultMaxUploadMegabytes);
        return new WebSettings(
            database,
            dataFolder,
            options.ScenarioFolder ?? configuration["INFRA_SCENARIOS"] ?? "scenarios",
            options.DropFolder ?? configuration["INFRA_DROP_FOLDER"] ?? Path.Combine("data", "drop"),
            options.WebRoot ?? FindWebRoot(contentRoot),
            options.MaxUploadBytes ?? megabytes * 1024 * 1024);
    }

    // The dashboard bundle lives in src/Infra.Web/wwwroot; a published app carries it next to the program.
    private static string? FindWebRoot(string contentRoot) =>
        new[]
        {
            Path.Combine(AppContext.BaseDirectory, "wwwroot"),
            Path.Combine(contentRoot, "wwwroot"),
            Path.Combine(contentRoot, "src", "Infra.Web", "wwwroot"),
        }.FirstOrDefault(Directory.Exists);
}
