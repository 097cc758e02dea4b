-- Infra schema v3 for SQLite: background job history (one row per run) and deadline-risk projections.
-- The Quartz tables (qrtz_*) are created by Quartz itself on first start (SchemaProvisioning.CreateIfMissing).
CREATE TABLE job_runs (
    run_id TEXT NOT NULL PRIMARY KEY,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    progress REAL NOT NULL DEFAULT 0,
    queued_at TEXT NOT NULL,
    started_at TEXT NULL,
    finished_at TEXT NULL,
    message TEXT NULL,
    plan_version INTEGER NULL,
    requested_by TEXT NULL,
    instance TEXT NOT NULL DEFAULT '',
    parameters TEXT NOT NULL DEFAULT '{}',
    attempts INTEGER NOT NULL DEFAULT 0,
    cancel_requested INTEGER NOT NULL DEFAULT 0,
    scheduled_fire TEXT NULL
);
CREATE INDEX ix_job_runs_queued_at ON job_runs (queued_at);
CREATE INDEX ix_job_runs_kind_scheduled_fire ON job_runs (kind, scheduled_fire);

CREATE TABLE deadline_risks (
    run_id TEXT NOT NULL,
    computed_at TEXT NOT NULL,
    plan_version INTEGER NOT NULL,
    site_id TEXT NOT NULL,
    name TEXT NOT NULL,
    district TEXT NOT NULL,
    technology TEXT NOT NULL,
    planned_live TEXT NULL,
    projected_live TEXT NULL,
    misses_deadline INTEGER NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (run_id, site_id)
);
CREATE INDEX ix_deadline_risks_computed_at ON deadline_risks (computed_at);
