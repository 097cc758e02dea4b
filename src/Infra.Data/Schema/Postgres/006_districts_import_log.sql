-- Infra schema v6: district boundaries (official names, point-in-polygon for sites, outlines for the dashboard) and
-- the import log (what each geodata import wrote, and its plausibility warnings).
CREATE TABLE districts (
    id text NOT NULL PRIMARY KEY,
    name text NOT NULL,
    synthetic boolean NOT NULL,
    geometry_wkb bytea NOT NULL,
    geom geometry(Geometry, 25832) GENERATED ALWAYS AS (ST_SetSRID(ST_GeomFromWKB(geometry_wkb), 25832)) STORED
);
CREATE INDEX ix_districts_geom ON districts USING gist (geom);

CREATE TABLE import_log (
    id bigserial PRIMARY KEY,
    at_utc text NOT NULL,
    origin text NOT NULL,
    files text NOT NULL,
    counts_json text NOT NULL,
    warnings_json text NOT NULL
);
