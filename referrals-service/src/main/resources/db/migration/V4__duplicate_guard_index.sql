-- The duplicate guard held by the database, so two identical submits at the same moment cannot both
-- be taken: one open referral per person, service and referring organisation, unless the referrer
-- said why another is needed (duplicate_reason).
-- Open referrals that already break it (taken by the check alone, before this index) keep their place,
-- with a reason saying so; the oldest of each group stays the one the guard points to.
UPDATE referral r
SET duplicate_reason = 'taken before the duplicate guard was kept by the database'
WHERE r.duplicate_reason IS NULL
  AND r.status IN ('DRAFT', 'REQUESTED', 'RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD')
  AND EXISTS (SELECT 1 FROM referral older
              WHERE older.nhs_number = r.nhs_number
                AND older.service_id = r.service_id
                AND older.referring_organisation = r.referring_organisation
                AND older.duplicate_reason IS NULL
                AND older.status IN ('DRAFT', 'REQUESTED', 'RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD')
                AND (older.submitted_at, older.id) < (r.submitted_at, r.id));

CREATE UNIQUE INDEX referral_one_open_per_referrer ON referral (nhs_number, service_id, referring_organisation)
    WHERE duplicate_reason IS NULL
      AND status IN ('DRAFT', 'REQUESTED', 'RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD');

-- Another open referral of the person to the same service, from an organisation the referrer cannot
-- see: shown to the receiving side only.
ALTER TABLE referral ADD COLUMN possible_duplicate_of UUID REFERENCES referral (id);
