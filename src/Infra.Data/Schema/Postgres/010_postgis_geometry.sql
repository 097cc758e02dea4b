-- Infra schema v9 for PostgreSQL + PostGIS: geometry is stored natively. Until v8 the application wrote ISO WKB into
-- geometry_wkb and PostGIS derived the generated column geom from it; now the application writes geom itself (Npgsql's
-- NetTopologySuite plugin), so spatial predicates run in SQL on it. The derived values become the stored ones, the WKB
-- copy goes. The geodata layers get their geometry type, which the import already enforces, so that QGIS shows each
-- table as one typed layer; the GiST indexes stay.
ALTER TABLE sites ALTER COLUMN geom DROP EXPRESSION;
ALTER TABLE sites ALTER COLUMN geom TYPE geometry(Point, 25832) USING geom;
ALTER TABLE sites ALTER COLUMN geom SET NOT NULL;
ALTER TABLE sites DROP COLUMN geometry_wkb;

ALTER TABLE lwl_routes ALTER COLUMN geom DROP EXPRESSION;
ALTER TABLE lwl_routes ALTER COLUMN geom TYPE geometry(LineString, 25832) USING geom;
ALTER TABLE lwl_routes ALTER COLUMN geom SET NOT NULL;
ALTER TABLE lwl_routes DROP COLUMN geometry_wkb;

ALTER TABLE access_points ALTER COLUMN geom DROP EXPRESSION;
ALTER TABLE access_points ALTER COLUMN geom TYPE geometry(Point, 25832) USING geom;
ALTER TABLE access_points ALTER COLUMN geom SET NOT NULL;
ALTER TABLE access_points DROP COLUMN geometry_wkb;

ALTER TABLE streets ALTER COLUMN geom DROP EXPRESSION;
ALTER TABLE streets ALTER COLUMN geom TYPE geometry(LineString, 25832) USING geom;
ALTER TABLE streets ALTER COLUMN geom SET NOT NULL;
ALTER TABLE streets DROP COLUMN geometry_wkb;

ALTER TABLE hubs ALTER COLUMN geom DROP EXPRESSION;
ALTER TABLE hubs ALTER COLUMN geom TYPE geometry(Point, 25832) USING geom;
ALTER TABLE hubs ALTER COLUMN geom SET NOT NULL;
ALTER TABLE hubs DROP COLUMN geometry_wkb;

ALTER TABLE obstacles ALTER COLUMN geom DROP EXPRESSION;
ALTER TABLE obstacles ALTER COLUMN geom TYPE geometry(Polygon, 25832) USING geom;
ALTER TABLE obstacles ALTER COLUMN geom SET NOT NULL;
ALTER TABLE obstacles DROP COLUMN geometry_wkb;

-- District boundaries keep geometry(Geometry, 25832): one-part districts are stored as Polygon, districts with exclaves as
-- MultiPolygon (006). The plan layers keep the type they had (002).
ALTER TABLE districts ALTER COLUMN geom DROP EXPRESSION;
ALTER TABLE districts ALTER COLUMN geom SET NOT NULL;
ALTER TABLE districts DROP COLUMN geometry_wkb;

ALTER TABLE plan_sites ALTER COLUMN geom DROP EXPRESSION;
ALTER TABLE plan_sites ALTER COLUMN geom SET NOT NULL;
ALTER TABLE plan_sites DROP COLUMN geometry_wkb;

ALTER TABLE plan_trenches ALTER COLUMN geom DROP EXPRESSION;
ALTER TABLE plan_trenches ALTER COLUMN geom SET NOT NULL;
ALTER TABLE plan_trenches DROP COLUMN geometry_wkb;

ALTER TABLE plan_links ALTER COLUMN geom DROP EXPRESSION;
ALTER TABLE plan_links ALTER COLUMN geom SET NOT NULL;
ALTER TABLE plan_links DROP COLUMN geometry_wkb;
