-- Infra schema v1 for SQLite: the six geodata layers. Geometry as ISO WKB in EPSG:25832 (geometry_wkb).
CREATE TABLE sites (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    district TEXT NOT NULL,
    users INTEGER NOT NULL,
    demand_mbps INTEGER NULL,
    current_uplink TEXT NOT NULL,
    current_uplink_mbps INTEGER NOT NULL,
    wlan TEXT NOT NULL,
    floor_area_m2 REAL NULL,
    rooms INTEGER NULL,
    public_wlan INTEGER NOT NULL,
    priority INTEGER NOT NULL,
    pinned_technology TEXT NULL,
    excluded_technologies TEXT NOT NULL,
    in_scope INTEGER NOT NULL,
    synthetic INTEGER NOT NULL,
    source TEXT NOT NULL,
    geometry_wkb BLOB NOT NULL
);
CREATE INDEX ix_sites_kind ON sites (kind);
CREATE INDEX ix_sites_district ON sites (district);

CREATE TABLE lwl_routes (
    id TEXT NOT NULL PRIMARY KEY,
    owner TEXT NOT NULL,
    fibre_count INTEGER NOT NULL,
    free_ducts INTEGER NOT NULL,
    synthetic INTEGER NOT NULL,
    length_m REAL NOT NULL,
    geometry_wkb BLOB NOT NULL
);

CREATE TABLE access_points (
    id TEXT NOT NULL PRIMARY KEY,
    route_id TEXT NOT NULL REFERENCES lwl_routes (id),
    synthetic INTEGER NOT NULL,
    geometry_wkb BLOB NOT NULL
);
CREATE INDEX ix_access_points_route_id ON access_points (route_id);

CREATE TABLE streets (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    street_class TEXT NOT NULL,
    surface TEXT NOT NULL,
    free_duct INTEGER NOT NULL,
    synthetic INTEGER NOT NULL,
    length_m REAL NOT NULL,
    geometry_wkb BLOB NOT NULL
);

CREATE TABLE hubs (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    height_m REAL NOT NULL,
    max_links INTEGER NOT NULL,
    has_fibre INTEGER NOT NULL,
    synthetic INTEGER NOT NULL,
    geometry_wkb BLOB NOT NULL
);

CREATE TABLE obstacles (
    id TEXT NOT NULL PRIMARY KEY,
    height_m REAL NOT NULL,
    synthetic INTEGER NOT NULL,
    geometry_wkb BLOB NOT NULL
);
