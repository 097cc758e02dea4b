-- Infra schema v3 for PostgreSQL: background job history (one row per run) and deadline-risk projections.
-- The Quartz tables (qrtz_*) are created by Quartz itself on first start (SchemaProvisioning.CreateIfMissing).
CREATE TABLE job_runs (
    run_id text NOT NULL PRIMARY KEY,
    kind text NOT NULL,
    state text NOT NULL,
    progress double precision NOT NULL DEFAULT 0,
    queued_at timestamptz NOT NULL,
    started_at timestamptz NULL,
    finished_at timestamptz NULL,
    message text NULL,
    plan_version bigint NULL,
    requested_by text NULL,
    instance text NOT NULL DEFAULT '',
    parameters text NOT NULL DEFAULT '{}',
    attempts integer NOT NULL DEFAULT 0,
    cancel_requested integer NOT NULL DEFAULT 0,
    scheduled_fire timestamptz NULL
);
CREATE INDEX ix_job_runs_queued_at ON job_runs (queued_at);
CREATE INDEX ix_job_runs_kind_scheduled_fire ON job_runs (kind, scheduled_fire);

CREATE TABLE deadline_risks (
    run_id text NOT NULL,
    computed_at timestamptz NOT NULL,
    plan_version bigint NOT NULL,
    site_id text NOT NULL,
    name text NOT NULL,
    district text NOT NULL,
    technology text NOT NULL,
    planned_live date NULL,
    projected_live date NULL,
    misses_deadline integer NOT NULL,
    reason text NOT NULL,
    PRIMARY KEY (run_id, site_id)
);
CREATE INDEX ix_deadline_risks_computed_at ON deadline_risks (computed_at);
