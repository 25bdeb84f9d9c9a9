-- Indexes for a busy region (issue #17; benchmarks/README.md, "A busy region").
-- The triage worklist asks for an organisation's teams' referrals awaiting an answer: with the team
-- in the index, another team's thousands of referrals are never read from the table.
CREATE INDEX referral_worklist ON referral (target_organisation, target_team, status);
DROP INDEX referral_receiving;
-- The list of referrals an organisation sent or received, newest first, reads each side in order.
CREATE INDEX referral_sent_newest ON referral (referring_organisation, submitted_at DESC, id DESC);
CREATE INDEX referral_received_newest ON referral (target_organisation, submitted_at DESC, id DESC);
DROP INDEX referral_original_referrer;
CREATE INDEX referral_redirected_newest ON referral (original_referrer, submitted_at DESC, id DESC)
    WHERE original_referrer IS NOT NULL;
-- (nhs_number, service_id) serves every lookup by person that (nhs_number) did.
DROP INDEX referral_person;
