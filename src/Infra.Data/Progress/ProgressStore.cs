using System.Security.Cryptography;
using Infra.Core.Inputs;
using Infra.Core.Progress;
using Infra.Data.Entities;
using Infra.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace Infra.Data.Progress;

/// <summary>
/// Build progress: site milestones and trench metres, imported from contractor reports (docs/progress-reports.md).
/// Imports are all-or-nothing and idempotent; "today" for the future-date check comes from <paramref name="time"/>.
/// </summary>
public sealed class ProgressStore(InfraDatabase database, TimeProvider? time = null)
{
    // Keys per IN (...) list when deleting rows that a report replaces; well inside both providers' parameter limits.
    private const int KeysPerDelete = 500;

    private readonly InfraDatabase database = database ?? throw new ArgumentNullException(nameof(database));
    private readonly TimeProvider time = time ?? TimeProvider.System;

    /// <summary>Days an actual or report date may lie after today (UTC) before it is refused.</summary>
    public int FutureToleranceDays { get; init; } = 7;

    /// <summary>Milestones of one site or of all, ordered by site id (ordinal) and milestone.</summary>
    public async Task<IReadOnlyList<SiteMilestone>> MilestonesAsync(string? siteId, CancellationToken ct = default)
    {
        await using var context = database.CreateContext();
        var query = siteId is null ? context.SiteMilestones : context.SiteMilestones.Where(m => m.SiteId == siteId);
        var rows = await query.ToListAsync(ct);
        return rows.OrderBy(m => m.SiteId, StringComparer.Ordinal).ThenBy(m => m.Milestone).Select(ToMilestone).ToArray();
    }

    /// <summary>Trench progress ordered by trench id (ordinal).</summary>
    public async Task<IReadOnlyList<TrenchProgress>> TrenchProgressAsync(CancellationToken ct = default)
    {
        await using var context = database.CreateContext();
        var rows = await context.TrenchProgress.ToListAsync(ct);
        return rows.OrderBy(t => t.TrenchId, StringComparer.Ordinal).Select(t => new TrenchProgress(t.TrenchId, t.MetresBuilt, t.ReportedOn)).ToArray();
    }

    /// <summary>
    /// Recorded rows (milestones and trench metres) per source of the report that last changed them, ordered by source;
    /// rows without a report count under "".
    /// </summary>
    public async Task<IReadOnlyList<(string Source, int Rows)>> SourcesAsync(CancellationToken ct = default)
    {
        await using var context = database.CreateContext();
        var sources = await context.ProgressReports.ToDictionaryAsync(r => r.Id, r => r.Source, ct);
        var ids = (await context.SiteMilestones.Select(m => m.ReportId).ToListAsync(ct))
            .Concat(await context.TrenchProgress.Select(t => t.ReportId).ToListAsync(ct));
        return ids.GroupBy(id => id is { } r ? sources.GetValueOrDefault(r, "") : "", StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))
            .ToArray();
    }

    /// <summary>Imports a CSV or GeoJSON report (by extension, else by content); throws an InputException with one error per bad row.</summary>
    public async Task<ProgressImportResult> ImportAsync(string fileName, Stream content, string source, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(source);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var name = Path.GetFileName(fileName);

        await using var context = database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(ct);
        var previous = await context.ProgressReports.FirstOrDefaultAsync(r => r.Sha256 == sha256, ct);
        if (previous is not null)
        {
            return new ProgressImportResult(name, sha256, previous.RowCount, 0, 0, previous.RowCount, true);
        }

        var report = ProgressReportReader.Read(name, bytes);
        var state = await LoadStateAsync(context, report, ct);
        var now = time.GetUtcNow();
        ProgressValidator.Validate(report, state, DateOnly.FromDateTime(now.UtcDateTime).AddDays(FutureToleranceDays));
        if (report.Errors.Count > 0)
        {
            throw new InputException(report.Errors.OrderBy(e => e.FeatureIndex).ToArray());
        }

        var milestones = Compare(report.Milestones, m => (m.SiteId, m.Milestone), state.Milestones, (row, old) => row.ToMilestone() == old);
        var trenchState = await context.TrenchProgress.ToDictionaryAsync(t => t.TrenchId, StringComparer.Ordinal, ct);
        var trenches = Compare(report.Trenches, t => t.TrenchId, trenchState,
            (row, old) => row.MetresBuilt.Equals(old.MetresBuilt) && row.ReportedOn == old.ReportedOn);

        var entity = new ProgressReportEntity(0, name, sha256, source, now.ToUniversalTime(), report.Rows,
            milestones.New + trenches.New, milestones.Changed.Count - milestones.New + trenches.Changed.Count - trenches.New,
            milestones.Unchanged + trenches.Unchanged);
        context.ProgressReports.Add(entity);
        await context.SaveChangesAsync(ct);

        await ReplaceMilestonesAsync(context, milestones.Changed, entity.Id, ct);
        await ReplaceTrenchesAsync(context, trenches.Changed, entity.Id, ct);
        await transaction.CommitAsync(CancellationToken.None);
        return new ProgressImportResult(name, sha256, entity.RowCount, entity.NewRows, entity.ChangedRows, entity.UnchangedRows, false);
    }

    private static SiteMilestone ToMilestone(SiteMilestoneEntity m) => new(m.SiteId, m.Milestone, m.PlannedDate, m.ActualDate, m.Status);

    private static async Task<ProgressState> LoadStateAsync(InfraDbContext context, ParsedReport report, CancellationToken ct)
    {
        var siteIds = (await context.Sites.Select(s => s.Id).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var latest = await context.PlanVersions.OrderByDescending(v => v.Version).Select(v => (long?)v.Version).FirstOrDefaultAsync(ct);
        HashSet<string>? trenchIds = null;
        if (latest is { } version && report.Trenches.Count > 0)
        {
            trenchIds = (await context.PlanTrenches.Where(t => t.PlanVersion == version).Select(t => t.TrenchId).ToListAsync(ct))
                .ToHashSet(StringComparer.Ordinal);
        }
        else if (latest is not null)
        {
            trenchIds = [];
        }

        var milestones = report.Milestones.Count == 0
            ? new Dictionary<(string, Milestone), SiteMilestone>()
            : (await context.SiteMilestones.ToListAsync(ct)).ToDictionary(m => (m.SiteId, m.Milestone), ToMilestone);
        return new ProgressState(siteIds, trenchIds, latest, milestones);
    }

    /// <summary>Splits report rows into unchanged ones and those to write (new or changed), counting the new ones.</summary>
    private static Changes<TRow> Compare<TRow, TKey, TOld>(
        IReadOnlyList<TRow> rows, Func<TRow, TKey> key, IReadOnlyDictionary<TKey, TOld> existing, Func<TRow, TOld, bool> same)
        where TKey : notnull
    {
        var changed = new List<TRow>();
        var added = 0;
        var unchanged = 0;
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(key(row), out var old))
            {
                added++;
                changed.Add(row);
            }
            else if (same(row, old))
            {
                unchanged++;
            }
            else
            {
                changed.Add(row);
            }
        }

        return new Changes<TRow>(changed, added, unchanged);
    }

    // Rows a report changes are deleted and inserted again: one DELETE per milestone and key chunk, then a bulk insert.
    private static async Task ReplaceMilestonesAsync(InfraDbContext context, IReadOnlyList<MilestoneRow> rows, long reportId, CancellationToken ct)
    {
        foreach (var group in rows.GroupBy(r => r.Milestone))
        {
            var milestone = group.Key;
            foreach (var chunk in group.Select(r => r.SiteId).Chunk(KeysPerDelete))
            {
                await context.SiteMilestones.Where(m => m.Milestone == milestone && chunk.Contains(m.SiteId)).ExecuteDeleteAsync(ct);
            }
        }

        await BulkInsert.InsertAsync(context, rows.Select(r =>
            new SiteMilestoneEntity(r.SiteId, r.Milestone, r.PlannedDate, r.ActualDate, r.Status, reportId)).ToArray(), ct);
    }

    private static async Task ReplaceTrenchesAsync(InfraDbContext context, IReadOnlyList<TrenchRow> rows, long reportId, CancellationToken ct)
    {
        foreach (var chunk in rows.Select(r => r.TrenchId).Chunk(KeysPerDelete))
        {
            await context.TrenchProgress.Where(t => chunk.Contains(t.TrenchId)).ExecuteDeleteAsync(ct);
        }

        await BulkInsert.InsertAsync(context, rows.Select(r => new TrenchProgressEntity(r.TrenchId, r.MetresBuilt, r.ReportedOn, reportId)).ToArray(), ct);
    }

    private sealed record Changes<TRow>(IReadOnlyList<TRow> Changed, int New, int Unchanged);
}
