using System.Data.Common;

namespace Infra.Jobs.Persistence;

/// <summary>
/// The job history in <c>job_runs</c>: one row per run, written by the service when a run is queued and by the job as it
/// starts, reports progress and finishes. Cancellation requests are a flag on the row, so that a process other than
/// the one running the job (the CLI, another cluster node) can ask for it.
/// </summary>
internal sealed class JobRunStore(JobsDatabase database)
{
    private const string Columns =
        "run_id, kind, state, progress, queued_at, started_at, finished_at, message, plan_version, requested_by, instance";

    public async Task InsertQueuedAsync(string runId, JobKind kind, string parametersJson, string? requestedBy, DateTimeOffset queuedAt, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var command = JobsDatabase.Command(
            connection,
            "INSERT INTO job_runs (run_id, kind, state, progress, queued_at, requested_by, parameters) "
            + "VALUES (@id, @kind, @state, 0, @at, @by, @parameters)",
            ("@id", runId), ("@kind", kind.ToString()), ("@state", JobStates.Queued), ("@at", queuedAt), ("@by", requestedBy),
            ("@parameters", parametersJson));
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Marks the run as running on <paramref name="instance"/> (creating the row for a scheduled firing) and counts the
    /// attempt. Returns whether a cancellation was requested before it started.
    /// </summary>
    public async Task<bool> StartAsync(
        string runId, JobKind kind, string instance, DateTimeOffset now, DateTimeOffset? scheduledFire, string? message, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using (var insert = JobsDatabase.Command(
            connection,
            "INSERT INTO job_runs (run_id, kind, state, progress, queued_at, scheduled_fire) "
            + "VALUES (@id, @kind, @state, 0, @at, @fire) ON CONFLICT (run_id) DO NOTHING",
            ("@id", runId), ("@kind", kind.ToString()), ("@state", JobStates.Queued), ("@at", now), ("@fire", scheduledFire)))
        {
            await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        await using (var update = JobsDatabase.Command(
            connection,
            "UPDATE job_runs SET state = @state, started_at = @at, finished_at = NULL, progress = 0, instance = @instance, "
            + "attempts = attempts + 1, message = @message WHERE run_id = @id",
            ("@id", runId), ("@state", JobStates.Running), ("@at", now), ("@instance", instance), ("@message", message)))
        {
            await update.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        return await CancelRequestedAsync(connection, runId, ct).ConfigureAwait(false);
    }

    /// <summary>Records progress (0..1) and an optional message; returns whether a cancellation was requested meanwhile.</summary>
    public async Task<bool> ProgressAsync(string runId, double progress, string? message, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using (var command = JobsDatabase.Command(
            connection,
            "UPDATE job_runs SET progress = @progress, message = COALESCE(@message, message) WHERE run_id = @id AND state = @running",
            ("@id", runId), ("@progress", Math.Clamp(progress, 0, 1)), ("@message", message), ("@running", JobStates.Running)))
        {
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        return await CancelRequestedAsync(connection, runId, ct).ConfigureAwait(false);
    }

    public async Task FinishAsync(string runId, string state, DateTimeOffset now, string? message, long? planVersion, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var command = JobsDatabase.Command(
            connection,
            "UPDATE job_runs SET state = @state, finished_at = @at, message = @message, plan_version = COALESCE(@version, plan_version), "
            + "progress = CASE WHEN @state = 'succeeded' THEN 1 ELSE progress END WHERE run_id = @id",
            ("@id", runId), ("@state", state), ("@at", now), ("@message", message), ("@version", planVersion));
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Back to queued after a shutdown handed the run back to Quartz for recovery.</summary>
    public async Task RequeueAsync(string runId, string message, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var command = JobsDatabase.Command(
            connection,
            "UPDATE job_runs SET state = @state, message = @message WHERE run_id = @id",
            ("@id", runId), ("@state", JobStates.Queued), ("@message", message));
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Flags the run for cancellation; returns its state, or null when there is no such run.</summary>
    public async Task<string?> RequestCancelAsync(string runId, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using (var command = JobsDatabase.Command(
            connection,
            "UPDATE job_runs SET cancel_requested = 1 WHERE run_id = @id AND state IN ('queued', 'running')",
            ("@id", runId)))
        {
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        await using var select = JobsDatabase.Command(connection, "SELECT state FROM job_runs WHERE run_id = @id", ("@id", runId));
        return await select.ExecuteScalarAsync(ct).ConfigureAwait(false) as string;
    }

    /// <summary>The run of a scheduled firing that Quartz now recovers (same kind and scheduled fire time), if any.</summary>
    public async Task<string?> FindScheduledAsync(JobKind kind, DateTimeOffset scheduledFire, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var command = JobsDatabase.Command(
            connection,
            "SELECT run_id FROM job_runs WHERE kind = @kind AND scheduled_fire = @fire ORDER BY queued_at LIMIT 1",
            ("@kind", kind.ToString()), ("@fire", scheduledFire));
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) as string;
    }

    public async Task<JobRun?> GetAsync(string runId, CancellationToken ct)
    {
        var runs = await QueryAsync($"SELECT {Columns} FROM job_runs WHERE run_id = @id", ct, ("@id", runId)).ConfigureAwait(false);
        return runs.Count == 0 ? null : runs[0];
    }

    public Task<IReadOnlyList<JobRun>> ListAsync(int limit, CancellationToken ct) =>
        QueryAsync($"SELECT {Columns} FROM job_runs ORDER BY queued_at DESC, run_id DESC LIMIT @limit", ct, ("@limit", Math.Max(0, limit)));

    /// <summary>The parameters a run was queued with (JSON object of strings).</summary>
    public async Task<string?> ParametersAsync(string runId, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var command = JobsDatabase.Command(connection, "SELECT parameters FROM job_runs WHERE run_id = @id", ("@id", runId));
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) as string;
    }

    private static async Task<bool> CancelRequestedAsync(DbConnection connection, string runId, CancellationToken ct)
    {
        await using var command = JobsDatabase.Command(connection, "SELECT cancel_requested FROM job_runs WHERE run_id = @id", ("@id", runId));
        var value = await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
        return value is not null and not DBNull && Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) != 0;
    }

    private async Task<IReadOnlyList<JobRun>> QueryAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var command = JobsDatabase.Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var runs = new List<JobRun>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            runs.Add(new JobRun(
                JobsDatabase.Get<string>(reader, "run_id")!,
                Enum.Parse<JobKind>(JobsDatabase.Get<string>(reader, "kind")!),
                JobsDatabase.Get<string>(reader, "state")!,
                JobsDatabase.Get<double>(reader, "progress"),
                JobsDatabase.Get<DateTimeOffset>(reader, "queued_at"),
                JobsDatabase.GetNullable<DateTimeOffset>(reader, "started_at"),
                JobsDatabase.GetNullable<DateTimeOffset>(reader, "finished_at"),
                JobsDatabase.Get<string>(reader, "message"),
                JobsDatabase.GetNullable<long>(reader, "plan_version"),
                JobsDatabase.Get<string>(reader, "requested_by"),
                JobsDatabase.Get<string>(reader, "instance") ?? ""));
        }

        return runs;
    }
}
