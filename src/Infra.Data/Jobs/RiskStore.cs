namespace Infra.Data.Jobs;

/// <summary>The deadline-risk projections in <c>deadline_risks</c> (schema script 003), one set per run; readers see the newest set.</summary>
public sealed class RiskStore(InfraDatabase database) : IRiskStore
{
    private readonly InfraDatabase database = database ?? throw new ArgumentNullException(nameof(database));

    /// <summary>Writes one run's projections in one transaction (a half-written set is never the newest).</summary>
    public async Task SaveAsync(string runId, long planVersion, DateTimeOffset computedAt, IReadOnlyList<DeadlineRisk> risks, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(risks);
        await using var sql = await SqlSession.OpenAsync(database, ct).ConfigureAwait(false);
        await using var transaction = await sql.Connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using (var clear = sql.Command("DELETE FROM deadline_risks WHERE run_id = @id", ("@id", runId)))
        {
            clear.Transaction = transaction;
            await clear.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        foreach (var r in risks)
        {
            await using var insert = sql.Command(
                "INSERT INTO deadline_risks (run_id, computed_at, plan_version, site_id, name, district, technology, planned_live, "
                + "projected_live, misses_deadline, reason) VALUES (@run, @at, @version, @site, @name, @district, @technology, @planned, "
                + "@projected, @misses, @reason)",
                ("@run", runId), ("@at", computedAt), ("@version", planVersion), ("@site", r.SiteId), ("@name", r.Name),
                ("@district", r.District), ("@technology", r.Technology), ("@planned", r.PlannedLive), ("@projected", r.ProjectedLive),
                ("@misses", r.MissesDeadline ? 1 : 0), ("@reason", r.Reason));
            insert.Transaction = transaction;
            await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<DeadlineRisk>> LatestAsync(CancellationToken ct)
    {
        await using var sql = await SqlSession.OpenAsync(database, ct).ConfigureAwait(false);
        return await sql.QueryAsync(
            "SELECT site_id, name, district, technology, planned_live, projected_live, misses_deadline, reason FROM deadline_risks "
            + "WHERE run_id = (SELECT run_id FROM deadline_risks ORDER BY computed_at DESC, run_id DESC LIMIT 1) "
            + "ORDER BY misses_deadline DESC, projected_live, site_id",
            r => new DeadlineRisk(
                SqlSession.Get<string>(r, "site_id")!,
                SqlSession.Get<string>(r, "name")!,
                SqlSession.Get<string>(r, "district")!,
                SqlSession.Get<string>(r, "technology")!,
                SqlSession.GetNullable<DateOnly>(r, "planned_live"),
                SqlSession.GetNullable<DateOnly>(r, "projected_live"),
                SqlSession.Get<int>(r, "misses_deadline") != 0,
                SqlSession.Get<string>(r, "reason")!),
            ct).ConfigureAwait(false);
    }
}
