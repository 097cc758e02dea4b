-- Infra schema v1 for PostgreSQL + PostGIS: the six geodata layers. The application writes ISO WKB in EPSG:25832
-- (geometry_wkb); every spatial table derives a PostGIS column geom from it, with a GiST index, for QGIS.
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE sites (
    id text NOT NULL PRIMARY KEY,
    name text NOT NULL,
    kind text NOT NULL,
    district text NOT NULL,
    users integer NOT NULL,
    demand_mbps integer NULL,
    current_uplink text NOT NULL,
    current_uplink_mbps integer NOT NULL,
    wlan text NOT NULL,
    floor_area_m2 double precision NULL,
    rooms integer NULL,
    public_wlan boolean NOT NULL,
    priority integer NOT NULL,
    pinned_technology text NULL,
    excluded_technologies text NOT NULL,
    in_scope boolean NOT NULL,
    synthetic boolean NOT NULL,
    source text NOT NULL,
    geometry_wkb bytea NOT NULL,
    geom geometry(Geometry, 25832) GENERATED ALWAYS AS (ST_SetSRID(ST_GeomFromWKB(geometry_wkb), 25832)) STORED
);
CREATE INDEX ix_sites_kind ON sites (kind);
CREATE INDEX ix_sites_district ON sites (district);
CREATE INDEX ix_sites_geom ON sites USING gist (geom);

CREATE TABLE lwl_routes (
    id text NOT NULL PRIMARY KEY,
    owner text NOT NULL,
    fibre_count integer NOT NULL,
    free_ducts integer NOT NULL,
    synthetic boolean NOT NULL,
    length_m double precision NOT NULL,
    geometry_wkb bytea NOT NULL,
    geom geometry(Geometry, 25832) GENERATED ALWAYS AS (ST_SetSRID(ST_GeomFromWKB(geometry_wkb), 25832)) STORED
);
CREATE INDEX ix_lwl_routes_geom ON lwl_routes USING gist (geom);

CREATE TABLE access_points (
    id text NOT NULL PRIMARY KEY,
    route_id text NOT NULL REFERENCES lwl_routes (id),
    synthetic boolean NOT NULL,
    geometry_wkb bytea NOT NULL,
    geom geometry(Geometry, 25832) GENERATED ALWAYS AS (ST_SetSRID(ST_GeomFromWKB(geometry_wkb), 25832)) STORED
);
CREATE INDEX ix_access_points_route_id ON access_points (route_id);
CREATE INDEX ix_access_points_geom ON access_points USING gist (geom);

CREATE TABLE streets (
    id text NOT NULL PRIMARY KEY,
    name text NOT NULL,
    street_class text NOT NULL,
    surface text NOT NULL,
    free_duct boolean NOT NULL,
    synthetic boolean NOT NULL,
    length_m double precision NOT NULL,
    geometry_wkb bytea NOT NULL,
    geom geometry(Geometry, 25832) GENERATED ALWAYS AS (ST_SetSRID(ST_GeomFromWKB(geometry_wkb), 25832)) STORED
);
CREATE INDEX ix_streets_geom ON streets USING gist (geom);

CREATE TABLE hubs (
    id text NOT NULL PRIMARY KEY,
    name text NOT NULL,
    height_m double precision NOT NULL,
    max_links integer NOT NULL,
    has_fibre boolean NOT NULL,
    synthetic boolean NOT NULL,
    geometry_wkb bytea NOT NULL,
    geom geometry(Geometry, 25832) GENERATED ALWAYS AS (ST_SetSRID(ST_GeomFromWKB(geometry_wkb), 25832)) STORED
);
CREATE INDEX ix_hubs_geom ON hubs USING gist (geom);

CREATE TABLE obstacles (
    id text NOT NULL PRIMARY KEY,
    height_m double precision NOT NULL,
    synthetic boolean NOT NULL,
    geometry_wkb bytea NOT NULL,
    geom geometry(Geometry, 25832) GENERATED ALWAYS AS (ST_SetSRID(ST_GeomFromWKB(geometry_wkb), 25832)) STORED
);
CREATE INDEX ix_obstacles_geom ON obstacles USING gist (geom);
