-- Infra schema v8 for PostgreSQL: background jobs on Hangfire (its tables live in the schema "hangfire", created by
-- Hangfire.PostgreSql on first start). A run knows the Hangfire job that carries it and holds a lease (heartbeat, unix
-- milliseconds) while it runs, so that the run of a dead worker is handed on exactly once. The tables of Quartz.NET,
-- which ran the jobs before, go.
ALTER TABLE job_runs ADD COLUMN hangfire_job text NULL;
ALTER TABLE job_runs ADD COLUMN heartbeat_ms bigint NULL;
CREATE UNIQUE INDEX ux_job_runs_hangfire_job ON job_runs (hangfire_job);
CREATE INDEX ix_job_runs_state ON job_runs (state);

DROP TABLE IF EXISTS qrtz_fired_triggers, qrtz_paused_trigger_grps, qrtz_scheduler_state, qrtz_locks, qrtz_simple_triggers,
    qrtz_simprop_triggers, qrtz_cron_triggers, qrtz_blob_triggers, qrtz_triggers, qrtz_job_details, qrtz_calendars CASCADE;
