using Infra.Core.Plans;
using Infra.Data.Entities;
using Infra.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace Infra.Data.Plans;

/// <summary>
/// Plan versions in the database, in the shape of the plan contract (<see cref="PlanExport"/>). <see cref="SaveAsync"/>
/// writes a whole plan as a new version in one transaction (a failure or cancellation leaves no trace); reads are
/// ordered deterministically.
/// </summary>
public sealed class PlanStore(InfraDatabase database, TimeProvider? time = null)
{
    private readonly InfraDatabase database = database ?? throw new ArgumentNullException(nameof(database));
    private readonly TimeProvider time = time ?? TimeProvider.System;

    /// <summary>Test seam: runs before each child table is written, inside the transaction.</summary>
    internal Func<string, CancellationToken, Task>? BeforeTable { get; set; }

    /// <summary>Saves the plan as a new version and returns its number.</summary>
    public async Task<long> SaveAsync(PlanExport plan, PlanSaveOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        await using var context = database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(ct);
        var row = PlanRows.Version(plan, options, time.GetUtcNow());
        context.PlanVersions.Add(row);
        await context.SaveChangesAsync(ct);
        var version = row.Version;
        await InsertAsync(context, "plan_sites", PlanRows.Sites(version, plan), ct);
        await InsertAsync(context, "plan_trenches", PlanRows.Trenches(version, plan), ct);
        await InsertAsync(context, "plan_links", PlanRows.Links(version, plan), ct);
        await InsertAsync(context, "plan_quarters", PlanRows.Quarters(version, plan), ct);
        await InsertAsync(context, "plan_years", PlanRows.Years(version, plan), ct);
        if (options.Outlook is { } outlook)
        {
            await InsertAsync(context, "plan_outlooks", [new PlanOutlookEntity(version, outlook.Stichtag, time.GetUtcNow().ToUniversalTime(), outlook.Json)], ct);
        }

        // Not cancellable past this point: a commit that is cut off halfway would leave the caller unsure what happened.
        await transaction.CommitAsync(CancellationToken.None);
        return version;
    }

    /// <summary>The version a background run stored, or null when it stored none.</summary>
    public async Task<long?> VersionOfRunAsync(string jobRunId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobRunId);
        await using var context = database.CreateContext();
        var row = await context.PlanVersions.FirstOrDefaultAsync(v => v.JobRunId == jobRunId, ct);
        return row?.Version;
    }

    /// <summary>Every version, newest first.</summary>
    public async Task<IReadOnlyList<PlanVersion>> ListAsync(CancellationToken ct = default)
    {
        await using var context = database.CreateContext();
        var rows = await context.PlanVersions.OrderByDescending(v => v.Version).ToListAsync(ct);
        return rows.Select(PlanRowReader.Version).ToArray();
    }

    public async Task<PlanVersion?> GetAsync(long version, CancellationToken ct = default)
    {
        await using var context = database.CreateContext();
        var row = await context.PlanVersions.FirstOrDefaultAsync(v => v.Version == version, ct);
        return row is null ? null : PlanRowReader.Version(row);
    }

    /// <summary>The newest version, of the scenario when given.</summary>
    public async Task<PlanVersion?> LatestAsync(string? scenarioName, CancellationToken ct = default)
    {
        await using var context = database.CreateContext();
        var query = scenarioName is null ? context.PlanVersions : context.PlanVersions.Where(v => v.ScenarioName == scenarioName);
        var row = await query.OrderByDescending(v => v.Version).FirstOrDefaultAsync(ct);
        return row is null ? null : PlanRowReader.Version(row);
    }

    /// <summary>The newest version with <paramref name="label"/> (<see cref="PlanLabels"/>), or null.</summary>
    public async Task<PlanVersion?> LatestLabelledAsync(string label, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        await using var context = database.CreateContext();
        var row = await context.PlanVersions.Where(v => v.Label == label).OrderByDescending(v => v.Version).FirstOrDefaultAsync(ct);
        return row is null ? null : PlanRowReader.Version(row);
    }

    /// <summary>The scenario a version was planned with, as YAML (every key written), or null when there is no such version.</summary>
    public async Task<string?> ScenarioYamlAsync(long version, CancellationToken ct = default)
    {
        await using var context = database.CreateContext();
        return await context.PlanVersions.Where(v => v.Version == version).Select(v => v.ScenarioYaml).FirstOrDefaultAsync(ct);
    }

    /// <summary>The outlook stored with a re-plan, or null.</summary>
    public async Task<StoredOutlook?> OutlookAsync(long version, CancellationToken ct = default)
    {
        await using var context = database.CreateContext();
        var row = await context.PlanOutlooks.FirstOrDefaultAsync(o => o.PlanVersion == version, ct);
        return row is null ? null : new StoredOutlook(row.Stichtag, row.OutlookJson);
    }

    /// <summary>Sites ordered by id (ordinal).</summary>
    public Task<IReadOnlyList<PlanSite>> SitesAsync(long version, CancellationToken ct = default) =>
        ReadAsync<PlanSiteEntity, PlanSite>(s => s.PlanVersion == version, PlanRowReader.Site, rows => rows.OrderBy(s => s.SiteId, StringComparer.Ordinal), ct);

    /// <summary>Trenches ordered by edge index.</summary>
    public Task<IReadOnlyList<PlanTrench>> TrenchesAsync(long version, CancellationToken ct = default) =>
        ReadAsync<PlanTrenchEntity, PlanTrench>(t => t.PlanVersion == version, PlanRowReader.Trench, rows => rows.OrderBy(t => t.EdgeIndex), ct);

    /// <summary>Links ordered by site id (ordinal).</summary>
    public Task<IReadOnlyList<PlanLink>> LinksAsync(long version, CancellationToken ct = default) =>
        ReadAsync<PlanLinkEntity, PlanLink>(l => l.PlanVersion == version, PlanRowReader.Link, rows => rows.OrderBy(l => l.SiteId, StringComparer.Ordinal), ct);

    /// <summary>The planned curve, oldest quarter first.</summary>
    public Task<IReadOnlyList<PlanQuarter>> QuartersAsync(long version, CancellationToken ct = default) =>
        ReadAsync<PlanQuarterEntity, PlanQuarter>(q => q.PlanVersion == version, PlanRowReader.Quarter, rows => rows.OrderBy(q => q.LastDay), ct);

    /// <summary>Years, oldest first.</summary>
    public Task<IReadOnlyList<PlanYear>> YearsAsync(long version, CancellationToken ct = default) =>
        ReadAsync<PlanYearEntity, PlanYear>(y => y.PlanVersion == version, PlanRowReader.Year, rows => rows.OrderBy(y => y.Year), ct);

    /// <summary>The whole stored plan in the contract's shape, or null when the version does not exist.</summary>
    public async Task<PlanExport?> ExportAsync(long version, CancellationToken ct = default) =>
        await GetAsync(version, ct) is not { } info
            ? null
            : new PlanExport(info.Summary, await SitesAsync(version, ct), await TrenchesAsync(version, ct), await LinksAsync(version, ct),
                await QuartersAsync(version, ct), await YearsAsync(version, ct));

    private async Task InsertAsync<T>(InfraDbContext context, string table, IReadOnlyList<T> rows, CancellationToken ct)
        where T : class
    {
        if (BeforeTable is { } hook)
        {
            await hook(table, ct);
        }

        ct.ThrowIfCancellationRequested();
        await BulkInsert.InsertAsync(context, rows, ct);
    }

    // Ordering in memory: ordinal string order whatever the database collation.
    private async Task<IReadOnlyList<TOut>> ReadAsync<TRow, TOut>(
        System.Linq.Expressions.Expression<Func<TRow, bool>> filter,
        Func<TRow, TOut> map,
        Func<IEnumerable<TRow>, IEnumerable<TRow>> order,
        CancellationToken ct)
        where TRow : class
    {
        await using var context = database.CreateContext();
        var rows = await context.Set<TRow>().Where(filter).ToListAsync(ct);
        return order(rows).Select(map).ToArray();
    }
}
