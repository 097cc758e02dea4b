-- Infra schema v4 for PostgreSQL: the audit log of the web API (who wrote what, when, with which counts).
CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    at_utc text NOT NULL,
    actor text NOT NULL,
    role text NOT NULL,
    method text NOT NULL,
    path text NOT NULL,
    action text NOT NULL,
    status integer NOT NULL,
    counts_json text NOT NULL
);
CREATE INDEX ix_audit_log_at_utc ON audit_log (at_utc);
