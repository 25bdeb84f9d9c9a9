-- A journey entry is dated when it happened (admitted at, delayed since ...), and recorded_at says when it was
-- recorded in the service it came from (the event's own time), no longer when this service projected it.
-- Until now occurred_at held that recording time, so it is the recorded time of the entries already here. They
-- keep it as their occurred_at until the projections are rebuilt (POST /ops/projections/rebuild), which dates
-- each entry when it happened.
UPDATE journey_entry SET recorded_at = occurred_at;

-- Reads take one person's entries in this order (the page's sort), so the index gives them without a sort.
DROP INDEX journey_entry_person;
CREATE INDEX journey_entry_person ON journey_entry (nhs_number, occurred_at, recorded_at, event_id);
