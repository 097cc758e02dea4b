-- Infra schema v8 for SQLite: background jobs on Hangfire (its tables are created by Hangfire.Storage.SQLite on first
-- start). A run knows the Hangfire job that carries it and holds a lease (heartbeat, unix milliseconds) while it runs,
-- so that the run of a dead worker is handed on exactly once. The tables of Quartz.NET, which ran the jobs before, go.
ALTER TABLE job_runs ADD COLUMN hangfire_job TEXT NULL;
ALTER TABLE job_runs ADD COLUMN heartbeat_ms INTEGER NULL;
CREATE UNIQUE INDEX ux_job_runs_hangfire_job ON job_runs (hangfire_job);
CREATE INDEX ix_job_runs_state ON job_runs (state);

DROP TABLE IF EXISTS qrtz_fired_triggers;
DROP TABLE IF EXISTS qrtz_paused_trigger_grps;
DROP TABLE IF EXISTS qrtz_scheduler_state;
DROP TABLE IF EXISTS qrtz_locks;
DROP TABLE IF EXISTS qrtz_simple_triggers;
DROP TABLE IF EXISTS qrtz_simprop_triggers;
DROP TABLE IF EXISTS qrtz_cron_triggers;
DROP TABLE IF EXISTS qrtz_blob_triggers;
DROP TABLE IF EXISTS qrtz_triggers;
DROP TABLE IF EXISTS qrtz_job_details;
DROP TABLE IF EXISTS qrtz_calendars;
