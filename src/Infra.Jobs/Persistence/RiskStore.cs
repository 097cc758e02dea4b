namespace Infra.Jobs.Persistence;

/// <summary>The deadline-risk projections in <c>deadline_risks</c>, one set per run; readers see the newest set.</summary>
internal sealed class RiskStore(JobsDatabase database) : IRiskStore
{
    /// <summary>Writes one run's projections in one transaction (a half-written set is never the newest).</summary>
    public async Task SaveAsync(string runId, long planVersion, DateTimeOffset computedAt, IReadOnlyList<DeadlineRisk> risks, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(risks);
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using (var clear = JobsDatabase.Command(connection, "DELETE FROM deadline_risks WHERE run_id = @id", ("@id", runId)))
        {
            clear.Transaction = transaction;
            await clear.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        foreach (var r in risks)
        {
            await using var insert = JobsDatabase.Command(
                connection,
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
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var command = JobsDatabase.Command(
            connection,
            "SELECT site_id, name, district, technology, planned_live, projected_live, misses_deadline, reason FROM deadline_risks "
            + "WHERE run_id = (SELECT run_id FROM deadline_risks ORDER BY computed_at DESC, run_id DESC LIMIT 1) "
            + "ORDER BY misses_deadline DESC, projected_live, site_id");
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var risks = new List<DeadlineRisk>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            risks.Add(new DeadlineRisk(
                JobsDatabase.Get<string>(reader, "site_id")!,
                JobsDatabase.Get<string>(reader, "name")!,
                JobsDatabase.Get<string>(reader, "district")!,
                JobsDatabase.Get<string>(reader, "technology")!,
                JobsDatabase.GetNullable<DateOnly>(reader, "planned_live"),
                JobsDatabase.GetNullable<DateOnly>(reader, "projected_live"),
                JobsDatabase.Get<int>(reader, "misses_deadline") != 0,
                JobsDatabase.Get<string>(reader, "reason")!));
        }

        return risks;
    }
}
