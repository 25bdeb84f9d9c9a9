-- When each episode's record last changed, for FHIR's meta.lastUpdated and _lastUpdated searches.
-- Rows from before this never kept it: their latest known change (discharge, else admission) stands in.
ALTER TABLE inpatient_episode ADD COLUMN updated_at TIMESTAMPTZ;
UPDATE inpatient_episode SET updated_at = COALESCE(discharged_at, admitted_at);
ALTER TABLE inpatient_episode ALTER COLUMN updated_at SET NOT NULL;

-- A delay is served over FHIR as a Flag with the delay's own id: this finds its episode without a scan.
CREATE INDEX inpatient_episode_delay_ids ON inpatient_episode USING gin ((delays::jsonb) jsonb_path_ops);
