-- How far each referral has got, from care.referrals.v1: a delay linked to a referral derives "who is
-- waiting on whom" from this row, and is attributed to the referral's receiving organisation.
CREATE TABLE referral_progress (
    referral_id          UUID PRIMARY KEY,
    nhs_number           CHAR(10)     NOT NULL,
    target_organisation  VARCHAR(10),
    target_team          VARCHAR(100),
    service_name         VARCHAR(200),
    submitted_at         TIMESTAMPTZ,
    received_at          TIMESTAMPTZ,
    accepted_at          TIMESTAMPTZ,
    started_at           TIMESTAMPTZ,
    on_hold              BOOLEAN      NOT NULL DEFAULT false,
    closed_as            VARCHAR(20),
    closed_at            TIMESTAMPTZ,
    closed_reason        TEXT,
    onward_referral_id   UUID
);

CREATE INDEX referral_progress_person ON referral_progress (nhs_number);
