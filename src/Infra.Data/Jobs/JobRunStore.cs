using System.Data.Common;
using System.Globalization;

namespace Infra.Data.Jobs;

/// <summary>
/// The job history in <c>job_runs</c> (schema scripts 003 and 006): one row per run, written when a run is queued and
/// by the attempt that runs it. A running attempt holds a lease: <c>heartbeat_ms</c> renewed every half second, keyed by
/// its attempt number, so that a run whose worker died can be handed on exactly once. Cancellation requests are a flag
/// on the row, so that any process (the CLI, another node) can ask for one. Plain SQL through the app database's
/// connection: the conditional updates are the point.
/// </summary>
public sealed class JobRunStore(InfraDatabase database)
{
    private const string Columns =
        "run_id, kind, state, progress, queued_at, started_at, finished_at, message, plan_version, requested_by, instance";

    private const string Lapsed = "state = 'running' AND (heartbeat_ms IS NULL OR heartbeat_ms < @cutoff)";

    private readonly InfraDatabase database = database ?? throw new ArgumentNullException(nameof(database));

    public async Task InsertQueuedAsync(string runId, JobKind kind, string parametersJson, string? requestedBy, DateTimeOffset queuedAt, CancellationToken ct)
    {
        await using var sql = await SqlSession.OpenAsync(database, ct).ConfigureAwait(false);
        await sql.ExecuteAsync(
            "INSERT INTO job_runs (run_id, kind, state, progress, queued_at, requested_by, parameters) VALUES (@id, @kind, 'queued', 0, @at, @by, @parameters)",
            ct, ("@id", runId), ("@kind", kind.ToString()), ("@at", queuedAt), ("@by", requestedBy), ("@parameters", parametersJson)).ConfigureAwait(false);
    }

    /// <summary>
    /// The run of a scheduled firing (one Hangfire job): creates it as queued unless the firing already has one (a
    /// re-delivery after a crash), and returns the firing's run id either way.
    /// </summary>
    public async Task<string> InsertScheduledAsync(
        string runId, JobKind kind, string hangfireJob, DateTimeOffset scheduledFire, string? requestedBy, DateTimeOffset queuedAt, CancellationToken ct)
    {
        await using var sql = await SqlSession.OpenAsync(database, ct).ConfigureAwait(false);
        await sql.ExecuteAsync(
            "INSERT INTO job_runs (run_id, kind, state, progress, queued_at, requested_by, scheduled_fire, hangfire_job) "
            + "VALUES (@id, @kind, 'queued', 0, @at, @by, @fire, @job) ON CONFLICT (hangfire_job) DO NOTHING",
            ct, ("@id", runId), ("@kind", kind.ToString()), ("@at", queuedAt), ("@by", requestedBy), ("@fire", scheduledFire), ("@job", hangfireJob))
            .ConfigureAwait(false);
        return (string)(await sql.ScalarAsync("SELECT run_id FROM job_runs WHERE hangfire_job = @job", ct, ("@job", hangfireJob)).ConfigureAwait(false))!;
    }

    public async Task<string?> FindByHangfireJobAsync(string hangfireJob, CancellationToken ct)
    {
        await using var sql = await SqlSession.OpenAsync(database, ct).ConfigureAwait(false);
        return await sql.ScalarAsync("SELECT run_id FROM job_runs WHERE hangfire_job = @job", ct, ("@job", hangfireJob)).ConfigureAwait(false) as string;
    }

    /// <summary>The Hangfire job that carries the run, if known.</summary>
    public async Task<string?> HangfireJobAsync(string runId, CancellationToken ct)
    {
        await using var sql = await SqlSession.OpenAsync(database, ct).ConfigureAwait(false);
        return await sql.ScalarAsync("SELECT hangfire_job FROM job_runs WHERE run_id = @id", ct, ("@id", runId)).ConfigureAwait(false) as string;
    }

    public async Task SetHangfireJobAsync(string runId, string hangfireJob, CancellationToken ct)
    {
        await using var sql = await SqlSession.OpenAsync(database, ct).ConfigureAwait(false);
        await sql.ExecuteAsync("UPDATE job_runs SET hangfire_job = @job WHERE run_id = @id", ct, ("@id", runId), ("@job", hangfireJob)).ConfigureAwait(false);
    }

    /// <summary>Takes a queued run that has no Hangfire job yet (so that one node, not two, gives it one): true when it was free.</summary>
    public async Task<bool> TryAdoptAsync(string runId, string marker, CancellationToken ct)
    {
        await using var sql = await SqlSession.OpenAsync(database, ct).ConfigureAwait(false);
        return await sql.ExecuteAsync(
            "UPDATE job_runs SET hangfire_job = @marker WHERE run_id = @id AND state = 'queued' AND hangfire_job IS NULL",
            ct, ("@id", runId), ("@marker", marker)).ConfigureAwait(false) == 1;
    }

    /// <summary>Queued runs that no Hangfire job carries, queued before <paramref name="before"/> (an enqueue that died half-way, or runs from before the switch to Hangfire).</summary>
    public async Task<IReadOnlyList<(string RunId, JobKind Kind)>> UnscheduledAsync(DateTimeOffset before, CancellationToken ct)
    {
        await using var sql = await SqlSession.OpenAsync(database, ct).ConfigureAwait(false);
        var rows = await sql.QueryAsync(
            "SELECT run_id, kind, queued_at FROM job_runs WHERE state = 'queued' AND hangfire_job IS NULL",
            r => (SqlSession.Get<string>(r, "run_id")!, Enum.Parse<JobKind>(SqlSession.Get<string>(r, "kind")!), SqlSession.Get<DateTimeOffset>(r, "queued_at")),
            ct).ConfigureAwait(false);
        // Compared here: SQLite keeps timestamps as text.
        return rows.Where(r => r.Item3 < before).Select(r => (r.Item1, r.Item2)).ToList();
    }

    /// <summary>
    /// Marks the run as running for a new attempt and gives that attempt the lease, when the run is queued or its
    /// previous attempt's lease lapsed before <paramref name="leaseCutoff"/>. A run asked to cancel before it started is
    /// ended as cancelled with <paramref name="cancelledMessage"/>.
    /// </summary>
    public async Task<RunClaimResult> ClaimAsync(
        string runId, string instance, DateTimeOffset now, DateTimeOffset leaseCutoff, string cancelledMessage, CancellationToken ct)
    {
        await using var sql = await SqlSession.OpenAsync(database, ct).ConfigureAwait(false);
        var claimed = await sql.ExecuteAsync(
            "UPDATE job_runs SET state = 'running', started_at = @now, finished_at = NULL, progress = 0, instance = @instance, "
            + "attempts = attempts + 1, heartbeat_ms = @now_ms "
            + $"WHERE run_id = @id AND cancel_requested = 0 AND (state = 'queued' OR ({Lapsed}))",
            ct, ("@id", runId), ("@now", now), ("@now_ms", now.ToUnixTimeMilliseconds()), ("@instance", instance), ("@cutoff", leaseCutoff.ToUnixTimeMilliseconds()))
            .ConfigureAwait(false);
        var row = (await sql.QueryAsync(
            "SELECT state, cancel_requested, attempts, heartbeat_ms FROM job_runs WHERE run_id = @id",
            r => (State: SqlSession.Get<string>(r, "state")!, Cancel: Long(r, "cancel_requested") != 0, Attempts: (int)Long(r, "attempts"),
                Heartbeat: r.IsDBNull(r.GetOrdinal("heartbeat_ms")) ? (long?)null : Long(r, "heartbeat_ms")),
            ct, ("@id", runId)).ConfigureAwait(false)).FirstOrDefault();
        if (row.State is null)
        {
            return new RunClaimResult(RunClaim.Unknown, 0);
        }

        if (claimed == 1)
        {
            return new RunClaimResult(RunClaim.Claimed, row.Attempts);
        }

        if (JobStates.IsFinished(row.State))
        {
            return new RunClaimResult(RunClaim.Finished, row.Attempts);
        }

        var leaseAlive = row.State == JobStates.Running && row.Heartbeat >= leaseCutoff.ToUnixTimeMilliseconds();
        if (row.Cancel && !leaseAlive)
        {
            await sql.ExecuteAsync(
                $"UPDATE job_runs SET state = 'cancelled', finished_at = @now, message = @message WHERE run_id = @id AND (state = 'queued' OR ({Lapsed}))",
                ct, ("@id", runId), ("@now", now), ("@message", cancelledMessage), ("@cutoff", leaseCutoff.ToUnixTimeMilliseconds())).ConfigureAwait(false);
            return new RunClaimResult(RunClaim.CancelledBeforeStart, row.Attempts);
        }

        return new RunClaimResult(RunClaim.Busy, row.Attempts);
    }

    /// <summary>Renews the lease of <paramref name="attempt"/> and records progress (0..1).</summary>
    public async Task<LeaseState> HeartbeatAsync(string runId, int attempt, double progress, DateTimeOffset now, CancellationToken ct, string? message = null)
    {
        // While a run is running its message says what it is doing (a German line); the finish overwrites it.
        await using var sql = await SqlSession.OpenAsync(database, ct).ConfigureAwait(false);
        var held = await sql.ExecuteAsync(
            "UPDATE job_runs SET progress = @progress, heartbeat_ms = @now_ms, message = COALESCE(@message, message) "
            + "WHERE run_id = @id AND attempts = @attempt AND state = 'running'",
            ct, ("@id", runId), ("@attempt", attempt), ("@progress", Math.Clamp(progress, 0, 1)), ("@now_ms", now.ToUnixTimeMilliseconds()),
            ("@message", message))
            .ConfigureAwait(false);
        if (held == 0)
        {
            return LeaseState.Lost;
        }

        return await CancelRequestedAsync(sql, runId, ct).ConfigureAwait(false) ? LeaseState.CancelRequested : LeaseState.Held;
    }

    /// <summary>Whether someone asked to cancel the run.</summary>
    public async Task<bool> CancelRequestedAsync(string runId, CancellationToken ct)
    {
        await using var sql = await SqlSession.OpenAsync(database, ct).ConfigureAwait(false);
        return await CancelRequestedAsync(sql, runId, ct).ConfigureAwait(false);
    }

    /// <summary>Ends a run; with <paramref name="attempt"/> only while that attempt still owns it.</summary>
    public async Task<bool> FinishAsync(string runId, int? attempt, string state, DateTimeOffset now, string? message, long? planVersion, CancellationToken ct)
    {
        (string, object?)[] parameters = [("@id", runId), ("@state", state), ("@at", now), ("@message", message), ("@version", planVersion)];
        await using var sql = await SqlSession.OpenAsync(database, ct).ConfigureAwait(false);
        return await sql.ExecuteAsync(
            "UPDATE job_runs SET state = @state, finished_at = @at, message = @message, plan_version = COALESCE(@version, plan_version), heartbeat_ms = NULL, "
            + "progress = CASE WHEN @state = 'succeeded' THEN 1 ELSE progress END WHERE run_id = @id"
            + (attempt is null ? "" : " AND attempts = @attempt"),
            ct, attempt is { } a ? [.. parameters, ("@attempt", a)] : parameters)
            .ConfigureAwait(false) == 1;
    }

    /// <summary>Back to queued: the attempt was stopped with its worker and hands the run on.</summary>
    public async Task RequeueAsync(string runId, int attempt, string message, CancellationToken ct)
    {
        await using var sql = await SqlSession.OpenAsync(database, ct).ConfigureAwait(false);
        await sql.ExecuteAsync(
            "UPDATE job_runs SET state = 'queued', message = @message, heartbeat_ms = NULL WHERE run_id = @id AND attempts = @attempt AND state = 'running'",
            ct, ("@id", runId), ("@attempt", attempt), ("@message", message)).ConfigureAwait(false);
    }

    /// <summary>
    /// Puts every running run whose lease lapsed before <paramref name="cutoff"/> back to queued (each by one caller
    /// only: the update is conditional on the attempt it saw) and returns those this call released.
    /// </summary>
    public async Task<IReadOnlyList<LapsedRun>> ReleaseLapsedAsync(DateTimeOffset cutoff, Func<string, bool> skip, string message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(skip);
        await using var sql = await SqlSession.OpenAsync(database, ct).ConfigureAwait(false);
        var cutoffMs = cutoff.ToUnixTimeMilliseconds();
        var lapsed = await sql.QueryAsync(
            $"SELECT run_id, kind, hangfire_job, cancel_requested, attempts FROM job_runs WHERE {Lapsed}",
            r => (Run: new LapsedRun(SqlSession.Get<string>(r, "run_id")!, Enum.Parse<JobKind>(SqlSession.Get<string>(r, "kind")!),
                SqlSession.Get<string>(r, "hangfire_job"), Long(r, "cancel_requested") != 0), Attempts: Long(r, "attempts")),
            ct, ("@cutoff", cutoffMs)).ConfigureAwait(false);
        var released = new List<LapsedRun>();
        foreach (var (run, attempts) in lapsed.Where(l => !skip(l.Run.RunId)))
        {
            var updated = await sql.ExecuteAsync(
                $"UPDATE job_runs SET state = 'queued', message = @message, heartbeat_ms = NULL WHERE run_id = @id AND attempts = @attempts AND {Lapsed}",
                ct, ("@id", run.RunId), ("@attempts", attempts), ("@message", message), ("@cutoff", cutoffMs)).ConfigureAwait(false);
            if (updated == 1)
            {
                released.Add(run);
            }
        }

        return released;
    }

    /// <summary>Flags the run for cancellation; returns its state, or null when there is no such run.</summary>
    public async Task<string?> RequestCancelAsync(string runId, CancellationToken ct)
    {
        await using var sql = await SqlSession.OpenAsync(database, ct).ConfigureAwait(false);
        await sql.ExecuteAsync("UPDATE job_runs SET cancel_requested = 1 WHERE run_id = @id AND state IN ('queued', 'running')", ct, ("@id", runId))
            .ConfigureAwait(false);
        return await sql.ScalarAsync("SELECT state FROM job_runs WHERE run_id = @id", ct, ("@id", runId)).ConfigureAwait(false) as string;
    }

    /// <summary>Ends a run that has not started as cancelled; false when it is not (or no longer) queued.</summary>
    public async Task<bool> CancelQueuedAsync(string runId, DateTimeOffset now, string message, CancellationToken ct)
    {
        await using var sql = await SqlSession.OpenAsync(database, ct).ConfigureAwait(false);
        return await sql.ExecuteAsync(
            "UPDATE job_runs SET state = 'cancelled', finished_at = @now, message = @message WHERE run_id = @id AND state = 'queued'",
            ct, ("@id", runId), ("@now", now), ("@message", message)).ConfigureAwait(false) == 1;
    }

    public async Task<JobRun?> GetAsync(string runId, CancellationToken ct) =>
        (await QueryAsync($"SELECT {Columns} FROM job_runs WHERE run_id = @id", ct, ("@id", runId)).ConfigureAwait(false)).FirstOrDefault();

    /// <summary>The newest <paramref name="limit"/> runs, newest first.</summary>
    public Task<List<JobRun>> ListAsync(int limit, CancellationToken ct) =>
        QueryAsync($"SELECT {Columns} FROM job_runs ORDER BY queued_at DESC, run_id DESC LIMIT @limit", ct, ("@limit", Math.Max(0, limit)));

    /// <summary>The parameters a run was queued with (JSON object of strings).</summary>
    public async Task<string?> ParametersAsync(string runId, CancellationToken ct)
    {
        await using var sql = await SqlSession.OpenAsync(database, ct).ConfigureAwait(false);
        return await sql.ScalarAsync("SELECT parameters FROM job_runs WHERE run_id = @id", ct, ("@id", runId)).ConfigureAwait(false) as string;
    }

    private static async Task<bool> CancelRequestedAsync(SqlSession sql, string runId, CancellationToken ct) =>
        Convert.ToInt64(await sql.ScalarAsync("SELECT cancel_requested FROM job_runs WHERE run_id = @id", ct, ("@id", runId)).ConfigureAwait(false) ?? 0L,
            CultureInfo.InvariantCulture) != 0;

    private static long Long(DbDataReader reader, string column) =>
        Convert.ToInt64(reader.GetValue(reader.GetOrdinal(column)), CultureInfo.InvariantCulture);

    private async Task<List<JobRun>> QueryAsync(string text, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var sql = await SqlSession.OpenAsync(database, ct).ConfigureAwait(false);
        return await sql.QueryAsync(
            text,
            r => new JobRun(
                SqlSession.Get<string>(r, "run_id")!,
                Enum.Parse<JobKind>(SqlSession.Get<string>(r, "kind")!),
                SqlSession.Get<string>(r, "state")!,
                SqlSession.Get<double>(r, "progress"),
                SqlSession.Get<DateTimeOffset>(r, "queued_at"),
                SqlSession.GetNullable<DateTimeOffset>(r, "started_at"),
                SqlSession.GetNullable<DateTimeOffset>(r, "finished_at"),
                SqlSession.Get<string>(r, "message"),
                SqlSession.GetNullable<long>(r, "plan_version"),
                SqlSession.Get<string>(r, "requested_by"),
                SqlSession.Get<string>(r, "instance") ?? ""),
            ct,
            parameters).ConfigureAwait(false);
    }
}
