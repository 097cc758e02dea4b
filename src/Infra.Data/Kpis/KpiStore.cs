using System.Text.Json;
using Infra.Data.Entities;
using Infra.Core.Tracking;
using Microsoft.EntityFrameworkCore;

namespace Infra.Data.Kpis;

/// <summary>KPI snapshots, so that history can be drawn: headline figures as columns, the whole figures as JSON.</summary>
public sealed class KpiStore(InfraDatabase database)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private readonly InfraDatabase database = database ?? throw new ArgumentNullException(nameof(database));

    public async Task<long> SaveAsync(long? planVersion, KpiFigures figures, DateTimeOffset takenAt, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(figures);
        await using var context = database.CreateContext();
        var row = new KpiSnapshotEntity(0, takenAt.ToUniversalTime(), figures.AsOf, planVersion, figures.Sites, figures.Connected,
            figures.ConnectedShare, figures.WlanShare, figures.PlannedShare, figures.SitesAtRisk, JsonSerializer.Serialize(figures, Json));
        context.KpiSnapshots.Add(row);
        await context.SaveChangesAsync(ct);
        return row.Id;
    }

    /// <summary>Snapshots taken at or after <paramref name="from"/> (all when null), oldest first (ties by id).</summary>
    public async Task<IReadOnlyList<KpiSnapshot>> HistoryAsync(DateTimeOffset? from, CancellationToken ct = default)
    {
        await using var context = database.CreateContext();
        // Filtered and ordered in memory: SQLite stores timestamps as text and cannot compare offsets.
        var rows = await context.KpiSnapshots.ToListAsync(ct);
        return rows.Where(r => from is null || r.TakenAt >= from.Value)
            .OrderBy(r => r.TakenAt).ThenBy(r => r.Id)
            .Select(r => new KpiSnapshot(r.Id, r.TakenAt, r.PlanVersion, Figures(r.FiguresJson)))
            .ToArray();
    }

    private static KpiFigures Figures(string json)
    {
        var f = JsonSerializer.Deserialize<KpiFigures>(json, Json) ?? throw new InvalidDataException("empty KPI snapshot");
        return f with { ByKind = Sorted(f.ByKind), ByDistrict = Sorted(f.ByDistrict), ByTechnology = Sorted(f.ByTechnology) };
    }

    private static SortedDictionary<string, GroupShare> Sorted(IReadOnlyDictionary<string, GroupShare> groups) =>
        new(groups.ToDictionary(g => g.Key, g => g.Value, StringComparer.Ordinal), StringComparer.Ordinal);
}
