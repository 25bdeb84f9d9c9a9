-- A relationship an organisation created by its own act (a referral it sent, a plan it started, its own
-- team joining a care team) is marked, with the stated reason and the event that created it. Whether it
-- was self-granted (no other relationship of that organisation with the person at the time) is decided
-- from the rows' own times when read, so the live consumer and a rebuild, which read the topics in a
-- different order, agree. lapses_at: when it stops counting unless confirmed by another party.
ALTER TABLE care_relationship ADD COLUMN own_act BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE care_relationship ADD COLUMN initiated_by VARCHAR(200);
ALTER TABLE care_relationship ADD COLUMN initiated_by_name VARCHAR(200);
ALTER TABLE care_relationship ADD COLUMN stated_reason TEXT;
ALTER TABLE care_relationship ADD COLUMN origin_event_type VARCHAR(100);
ALTER TABLE care_relationship ADD COLUMN lapses_at TIMESTAMPTZ;
ALTER TABLE care_relationship ADD COLUMN confirmed_at TIMESTAMPTZ;
CREATE INDEX care_relationship_own_act ON care_relationship (organisation, started_at) WHERE own_act;

-- Refused reads are audited too (in a transaction of their own, so the refusal cannot roll them back);
-- a read under a self-granted relationship names the event that created it.
ALTER TABLE access_audit ADD COLUMN outcome VARCHAR(10) NOT NULL DEFAULT 'permitted';
ALTER TABLE access_audit ADD COLUMN relationship_event_id VARCHAR(64);
CREATE INDEX access_audit_relationship ON access_audit (relationship_event_id) WHERE relationship_event_id IS NOT NULL;
