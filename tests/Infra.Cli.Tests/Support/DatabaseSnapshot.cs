using Infra.Data;
using Infra.Data.Store;

namespace Infra.Cli.Tests.Support;

/// <summary>Everything the database holds, as one comparable text, to prove that a failed import changed nothing.</summary>
internal static class DatabaseSnapshot
{
    public static async Task<string> TakeAsync(string dbPath)
    {
        var database = await InfraDatabase.OpenAsync(DatabaseOptions.Sqlite(dbPath));
        var inventory = await new LayerStore(database).LoadInventoryAsync();
        var lines = new List<string>();
        lines.AddRange(inventory.Sites.Select(s => $"site {s.Id} {s.Name} {s.Kind} {s.Location} {s.District} {s.Users} {s.DemandMbps}"));
        lines.AddRange(inventory.Routes.Select(r => $"route {r.Id} {r.Geometry} {r.Owner} {r.FibreCount} {r.FreeDucts}"));
        lines.AddRange(inventory.AccessPoints.Select(a => $"ap {a.Id} {a.RouteId} {a.Location}"));
        lines.AddRange(inventory.Streets.Select(s => $"street {s.Id} {s.Geometry} {s.Surface} {s.FreeDuct}"));
        lines.AddRange(inventory.Hubs.Select(h => $"hub {h.Id} {h.Location} {h.MaxLinks}"));
        lines.AddRange(inventory.Obstacles.Select(o => $"obstacle {o.Id} {o.HeightM}"));
        return string.Join("\n", lines);
    }
}
