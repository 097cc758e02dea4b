-- Infra schema v2 for SQLite: tracking data. Plan versions with their sites, trenches, radio links, planned curve and
-- years; build progress (site milestones, trench metres) with the reports they came from; KPI snapshots.
-- Geometry as ISO WKB in EPSG:25832 (geometry_wkb). Dates as ISO text (yyyy-MM-dd), timestamps as ISO text with offset.
CREATE TABLE plan_versions (
    version INTEGER PRIMARY KEY AUTOINCREMENT,
    scenario_name TEXT NOT NULL,
    scenario_yaml TEXT NOT NULL,
    created_at TEXT NOT NULL,
    based_on_version INTEGER NULL REFERENCES plan_versions (version),
    replan_from TEXT NULL,
    npv_euro REAL NOT NULL,
    capex_euro REAL NOT NULL,
    objective REAL NULL,
    best_bound REAL NULL,
    gap REAL NULL,
    status TEXT NOT NULL,
    deadline TEXT NOT NULL,
    sites INTEGER NOT NULL,
    summary_json TEXT NOT NULL
);
CREATE INDEX ix_plan_versions_scenario_name ON plan_versions (scenario_name);

CREATE TABLE plan_sites (
    plan_version INTEGER NOT NULL REFERENCES plan_versions (version) ON DELETE CASCADE,
    site_id TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    district TEXT NOT NULL,
    technology TEXT NOT NULL,
    hub_id TEXT NULL,
    demand_mbps INTEGER NOT NULL,
    capex_euro REAL NOT NULL,
    opex_per_year_euro REAL NOT NULL,
    npv_euro REAL NOT NULL,
    live_quarter TEXT NULL,
    planned_live TEXT NULL,
    wlan_quarter TEXT NULL,
    wlan_aps INTEGER NOT NULL,
    bridged_from TEXT NULL,
    misses_deadline INTEGER NOT NULL,
    reason TEXT NOT NULL,
    alternatives_json TEXT NOT NULL,
    geometry_wkb BLOB NOT NULL,
    PRIMARY KEY (plan_version, site_id)
);

CREATE TABLE plan_trenches (
    plan_version INTEGER NOT NULL REFERENCES plan_versions (version) ON DELETE CASCADE,
    trench_id TEXT NOT NULL,
    edge_index INTEGER NOT NULL,
    kind TEXT NOT NULL,
    length_m REAL NOT NULL,
    trench_metres REAL NOT NULL,
    capex_euro REAL NOT NULL,
    sites_served INTEGER NOT NULL,
    dug_quarter TEXT NULL,
    planned_done TEXT NULL,
    source_ids TEXT NOT NULL,
    geometry_wkb BLOB NOT NULL,
    PRIMARY KEY (plan_version, trench_id)
);

CREATE TABLE plan_links (
    plan_version INTEGER NOT NULL REFERENCES plan_versions (version) ON DELETE CASCADE,
    site_id TEXT NOT NULL,
    hub_id TEXT NOT NULL,
    distance_m REAL NOT NULL,
    line_of_sight TEXT NOT NULL,
    geometry_wkb BLOB NOT NULL,
    PRIMARY KEY (plan_version, site_id)
);

CREATE TABLE plan_quarters (
    plan_version INTEGER NOT NULL REFERENCES plan_versions (version) ON DELETE CASCADE,
    quarter TEXT NOT NULL,
    last_day TEXT NOT NULL,
    connected_share REAL NOT NULL,
    wlan_share REAL NOT NULL,
    sites_at_risk INTEGER NOT NULL,
    trench_metres REAL NOT NULL,
    by_kind_json TEXT NOT NULL,
    by_district_json TEXT NOT NULL,
    by_technology_json TEXT NOT NULL,
    PRIMARY KEY (plan_version, quarter)
);

CREATE TABLE plan_years (
    plan_version INTEGER NOT NULL REFERENCES plan_versions (version) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    capex_euro REAL NOT NULL,
    budget_euro REAL NOT NULL,
    opex_euro REAL NOT NULL,
    PRIMARY KEY (plan_version, year)
);

CREATE TABLE progress_reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    row_count INTEGER NOT NULL,
    new_rows INTEGER NOT NULL,
    changed_rows INTEGER NOT NULL,
    unchanged_rows INTEGER NOT NULL
);

CREATE TABLE site_milestones (
    site_id TEXT NOT NULL,
    milestone TEXT NOT NULL,
    planned_date TEXT NULL,
    actual_date TEXT NULL,
    status TEXT NOT NULL,
    report_id INTEGER NULL REFERENCES progress_reports (id),
    PRIMARY KEY (site_id, milestone)
);

CREATE TABLE trench_progress (
    trench_id TEXT NOT NULL PRIMARY KEY,
    metres_built REAL NOT NULL,
    reported_on TEXT NOT NULL,
    report_id INTEGER NULL REFERENCES progress_reports (id)
);

CREATE TABLE kpi_snapshots (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    taken_at TEXT NOT NULL,
    as_of TEXT NOT NULL,
    plan_version INTEGER NULL REFERENCES plan_versions (version),
    sites INTEGER NOT NULL,
    connected INTEGER NOT NULL,
    connected_share REAL NOT NULL,
    wlan_share REAL NOT NULL,
    planned_share REAL NOT NULL,
    sites_at_risk INTEGER NOT NULL,
    figures_json TEXT NOT NULL
);
