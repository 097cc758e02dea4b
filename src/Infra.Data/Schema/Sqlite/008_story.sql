-- Infra schema v8: a plan version's label (Ausgangsplan, Fortschreibung) and planning start; the outlook of a re-plan as of a
-- Stichtag (forecast at the deadline, measures, observed build rates) as JSON, one row per plan version.
ALTER TABLE plan_versions ADD COLUMN label TEXT NULL;
ALTER TABLE plan_versions ADD COLUMN planning_start TEXT NULL;
CREATE TABLE plan_outlooks (
    plan_version INTEGER PRIMARY KEY REFERENCES plan_versions (version) ON DELETE CASCADE,
    stichtag TEXT NOT NULL,
    created_at TEXT NOT NULL,
    outlook_json TEXT NOT NULL
);
