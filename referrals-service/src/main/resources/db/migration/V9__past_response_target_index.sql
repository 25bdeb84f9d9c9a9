-- The gauge of referrals past their response target (PastResponseTarget, counted once a minute) read
-- the whole referral table: with 240,000 referrals, a parallel scan of 350-520 ms that took both cores
-- of a small machine every minute, and every request in flight meanwhile waited (issue #17: the worst
-- bursts of slow journey reads came at the same second of each minute). This index holds only the
-- waiting referrals, in the order the count reads them, so it reads only those already past their time.
-- The statuses are the literals of ReferralRepository.WAITING, as the index's predicate must match them.
CREATE INDEX referral_waiting_due ON referral (due_at) WHERE status IN ('REQUESTED', 'RECEIVED');
