-- Infra schema v9 for SQLite: nothing changes. Version 9 stores PostgreSQL's geometry natively in PostGIS; SQLite keeps
-- ISO WKB in geometry_wkb (EPSG:25832), read and written by the application, and filters spatially in memory.
-- SpatiaLite would be the SQLite counterpart, but neither EF Core's SQLite NetTopologySuite plugin nor
-- NetTopologySuite.IO.SpatiaLite is served by the package registry here, and Debian's libsqlite3-mod-spatialite would
-- have to be loaded into the e_sqlite3 build that EF Core and Hangfire share; the embedded database serves one
-- planner's machine and does not need it (docs/geojson-layers.md). The number keeps both providers' versions in step.
SELECT 1;
