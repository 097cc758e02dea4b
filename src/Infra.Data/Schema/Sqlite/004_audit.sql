-- Infra schema v4 for SQLite: the audit log of the web API (who wrote what, when, with which counts).
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at_utc TEXT NOT NULL,
    actor TEXT NOT NULL,
    role TEXT NOT NULL,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    action TEXT NOT NULL,
    status INTEGER NOT NULL,
    counts_json TEXT NOT NULL
);
CREATE INDEX ix_audit_log_at_utc ON audit_log (at_utc);
