-- A journey entry is dated when it happened (admitted at, delayed since ...); recorded_at now says when it was
-- recorded in the service it came from (the event's own time), and projected_at when this service wrote the
-- entry (what recorded_at held until now; the submit-to-journey lag is measured by it).
-- Until now occurred_at held the recording time, so it is the recorded time of the entries already here. They
-- keep it as their occurred_at until the projections are rebuilt (POST /ops/projections/rebuild), which dates
-- each entry when it happened.
ALTER TABLE journey_entry ADD COLUMN projected_at TIMESTAMPTZ;
UPDATE journey_entry SET projected_at = recorded_at, recorded_at = occurred_at;
ALTER TABLE journey_entry ALTER COLUMN projected_at SET NOT NULL;

-- Reads take one person's entries in this order (the page's sort), so the index gives them without a sort.
DROP INDEX journey_entry_person;
CREATE INDEX journey_entry_person ON journey_entry (nhs_number, occurred_at, recorded_at, event_id);
