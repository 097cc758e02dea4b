-- Infra schema v5: the background run that stored a plan version; unique, so a repeated run cannot store a second one.
ALTER TABLE plan_versions ADD COLUMN job_run_id text NULL;
CREATE UNIQUE INDEX ux_plan_versions_job_run_id ON plan_versions (job_run_id);
