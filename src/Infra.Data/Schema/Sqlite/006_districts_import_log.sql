-- Infra schema v6: district boundaries (official names, point-in-polygon for sites, outlines for the dashboard) and
-- the import log (what each geodata import wrote, and its plausibility warnings).
CREATE TABLE districts (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    synthetic INTEGER NOT NULL,
    geometry_wkb BLOB NOT NULL
);

CREATE TABLE import_log (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    at_utc TEXT NOT NULL,
    origin TEXT NOT NULL,
    files TEXT NOT NULL,
    counts_json TEXT NOT NULL,
    warnings_json TEXT NOT NULL
);
