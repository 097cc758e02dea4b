-- Infra schema v6: the plan contract (Infra.Core.Plans) in full. Reasons as codes with their figures (reason holds the
-- code, reason_json the figures), a site's trench share, scheduler note and synthetic flag; CAPEX per year by kind; the
-- CAPEX of all built edges per version. Rows of earlier versions keep NULL/0 here and are read as well as they allow.
ALTER TABLE plan_versions ADD COLUMN trench_capex_euro double precision NULL;
ALTER TABLE plan_sites ADD COLUMN trench_m double precision NOT NULL DEFAULT 0;
ALTER TABLE plan_sites ADD COLUMN reason_json text NULL;
ALTER TABLE plan_sites ADD COLUMN schedule_note text NULL;
ALTER TABLE plan_sites ADD COLUMN synthetic boolean NOT NULL DEFAULT false;
ALTER TABLE plan_years ADD COLUMN capex_fibre_euro double precision NOT NULL DEFAULT 0;
ALTER TABLE plan_years ADD COLUMN capex_radio_euro double precision NOT NULL DEFAULT 0;
ALTER TABLE plan_years ADD COLUMN capex_leased_euro double precision NOT NULL DEFAULT 0;
ALTER TABLE plan_years ADD COLUMN capex_wlan_euro double precision NOT NULL DEFAULT 0;
ALTER TABLE plan_years ADD COLUMN capex_bridging_euro double precision NOT NULL DEFAULT 0;
