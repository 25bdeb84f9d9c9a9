-- When the referral last changed (a step, a triage, a breach report): the FHIR facade's meta.lastUpdated
-- and its _lastUpdated search. Referrals stored before it take their last step's time.
ALTER TABLE referral ADD COLUMN updated_at TIMESTAMPTZ;

UPDATE referral r
SET updated_at = coalesce((SELECT max(t.at) FROM referral_transition t WHERE t.referral_id = r.id), r.submitted_at);

CREATE INDEX referral_updated ON referral (updated_at);
