-- When the plan last changed (its latest version), so a search can ask for plans changed since a time
-- (FHIR's _lastUpdated) without reading every plan's versions.
ALTER TABLE care_plan ADD COLUMN updated_at TIMESTAMPTZ;
UPDATE care_plan p
   SET updated_at = COALESCE((SELECT max(v.changed_at) FROM care_plan_version v WHERE v.plan_id = p.id), p.created_at);
ALTER TABLE care_plan ALTER COLUMN updated_at SET NOT NULL;
